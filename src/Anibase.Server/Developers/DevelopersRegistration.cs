using OpenIddict.EntityFrameworkCore.Models;

namespace Anibase.Server.Developers;

internal static class DevelopersRegistration
{
    public static void AddAnibaseDevelopers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ClientRegistry>();
        builder.Services.AddOpenIddict().AddCore(core =>
            core.ReplaceApplicationManager<OpenIddictEntityFrameworkCoreApplication, ClientSecretApplicationManager<OpenIddictEntityFrameworkCoreApplication>>());
    }
}
