using Anibase.Data;
using Anibase.Data.Catalog;
using Anibase.Server.Catalog;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.Catalog;

/// <summary>A sample file imported into an app as <c>catalog import</c> does, and catalog rows read back through a new scope.</summary>
public static class CatalogImports
{
    internal static async Task<CatalogImportResult> ImportAsync(this AnibaseApp app, params object[] items)
    {
        await using var json = BangumiDataSample.Stream(items);
        var file = await BangumiDataReader.ReadAsync(json, "sample", CancellationToken.None);
        return await app.Data.WithScopeAsync(services =>
            services.GetRequiredService<CatalogImporter>().ImportAsync(file, "sample", CancellationToken.None));
    }

    public static Task<Media> MediaAsync(this AnibaseApp app, int id) =>
        app.Data.WithScopeAsync(services => services.GetRequiredService<AnibaseDbContext>().Media.SingleAsync(m => m.Id == id));

    public static Task<Media> MediaTitledAsync(this AnibaseApp app, string native) =>
        app.Data.WithScopeAsync(services => services.GetRequiredService<AnibaseDbContext>().Media.SingleAsync(m => m.TitleNative == native));
}
