namespace Anibase.Server.Catalog;

internal static class CatalogRegistration
{
    /// <summary>Call after the database is added: the seeder must start after the migrator.</summary>
    public static void AddAnibaseCatalog(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<CatalogOptions>(builder.Configuration.GetSection(CatalogOptions.Section));
        builder.Services.AddScoped<CatalogImporter>();
        builder.Services.AddHostedService<CatalogSeeder>();
    }
}
