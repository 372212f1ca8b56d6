using Anibase.Data;
using Anibase.Data.Catalog;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Anibase.Server.Tests.Catalog.BangumiDataSample;

namespace Anibase.Server.Tests.Catalog;

/// <summary>
/// The bundled catalog imported on first start, and files imported over it, on each provider: the
/// bulk insert and the update are written per provider. Rows of the tests' own have AniList ids from
/// <see cref="TestIds"/> up, so the bundled rows can still be counted.
/// </summary>
public abstract class CatalogStorageBehaviour(AnibaseApp app)
{
    private const int TestIds = 9_000_000;
    private const int BundledEntries = 8_483;

    [Fact]
    public async Task FirstStart_EmptyDatabase_ImportsEveryBundledEntry()
    {
        var (bundled, local) = await app.Data.WithScopeAsync(async services =>
        {
            var media = services.GetRequiredService<AnibaseDbContext>().Media;
            return (await media.CountAsync(m => m.Id < TestIds || m.Id >= Media.LocalIdStart), await media.CountAsync(m => m.Id >= Media.LocalIdStart));
        });

        Assert.Equal(BundledEntries, bundled);
        // 872 entries have no AniList id, and 8 more share one with an earlier entry.
        Assert.Equal(880, local);
    }

    [Fact]
    public async Task FirstStart_FamousShow_HasItsAniListIdTitlesDatesAndLinks()
    {
        var media = await app.MediaAsync(16498);

        Assert.Equal(("進撃の巨人", "attack on titan"), (media.TitleNative, media.TitleEnglish));
        Assert.Equal(16498, media.IdMal);
        Assert.Equal(("TV", "FINISHED", "SPRING", 2013), (media.Format, media.Status, media.Season, media.SeasonYear));
        Assert.Equal(20130407, media.StartDateInt);
        Assert.Contains("进击的巨人", media.Synonyms);
        Assert.Contains(media.ExternalLinks, l => (l.Site, l.Url, l.Type) == ("Official Site", "http://shingeki.tv/", "INFO"));
        Assert.Contains(media.ExternalLinks, l => (l.Site, l.Url, l.Type) == ("Netflix", "https://www.netflix.com/title/70299043", "STREAMING"));
    }

    [Fact]
    public async Task FirstStart_SharedAniListId_LaterPartGetsALocalId()
    {
        Assert.Equal("ONE PIECE", (await app.MediaAsync(21)).TitleNative);
        Assert.True((await app.MediaTitledAsync("ONE PIECE エルバフ編")).Id >= Media.LocalIdStart);
    }

    [Fact]
    public async Task Restart_CatalogNotEmpty_IsNotImportedAgain()
    {
        await app.Data.WithScopeAsync(services => services.GetRequiredService<AnibaseDbContext>().Media
            .Where(m => m.Id == 5114).ExecuteUpdateAsync(set => set.SetProperty(m => m.TitleEnglish, "Edited by an admin")));

        await using var restarted = app.WithWebHostBuilder(_ => { });
        // Its start runs the first-start check on the same database.
        _ = restarted.Services;

        Assert.Equal("Edited by an admin", (await app.MediaAsync(5114)).TitleEnglish);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondChangesNothing()
    {
        object[] items = [Item("Twice one", aniList: TestIds + 1), Item("Twice two", aniList: TestIds + 2, officialSite: "https://example.jp/")];

        var first = await app.ImportAsync(items);
        var second = await app.ImportAsync(items);

        Assert.Equal((2, 0), (first.Imported, first.Updated));
        Assert.Equal((0, 0, first.Total), (second.Imported, second.Updated, second.Total));
    }

    [Fact]
    public async Task Import_ChangedEntry_UpdatesItsColumnsAndLinks()
    {
        await app.ImportAsync(Item("Before", aniList: TestIds + 11, type: "tv", officialSite: "https://example.jp/before/"));

        var result = await app.ImportAsync(
            Item("After", aniList: TestIds + 11, type: "movie", officialSite: "https://example.jp/after/", sites: [Site("crunchyroll", "G1")]),
            Item("Added", aniList: TestIds + 12));

        Assert.Equal((1, 1), (result.Imported, result.Updated));
        var media = await app.MediaAsync(TestIds + 11);
        Assert.Equal(("After", "MOVIE"), (media.TitleNative, media.Format));
        Assert.Equal(["https://example.jp/after/", "https://www.crunchyroll.com/series/G1/"], media.ExternalLinks.Select(l => l.Url));
    }
}
