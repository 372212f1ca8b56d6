using Anibase.Data.Catalog;
using static Anibase.Server.Tests.Catalog.BangumiDataSample;

namespace Anibase.Server.Tests.Catalog;

/// <summary>How a bangumi-data item becomes an AniList Media, on small files of the tests' own.</summary>
public sealed class CatalogMappingTests(EmptyCatalogApp app) : IClassFixture<EmptyCatalogApp>
{
    [Theory]
    [InlineData("tv", "TV")]
    [InlineData("movie", "MOVIE")]
    [InlineData("ova", "OVA")]
    [InlineData("web", "ONA")]
    [InlineData("special", null)]
    public async Task Format_EachBangumiType_IsAniListsFormat(string type, string? format)
    {
        await app.ImportAsync(Item($"Format {type}", type: type));

        Assert.Equal(format, (await app.MediaTitledAsync($"Format {type}")).Format);
    }

    [Fact]
    public async Task Status_AroundTheClock_FollowsTheAppsTimeProvider()
    {
        var now = app.Time.GetUtcNow();
        await app.ImportAsync(
            Item("Status aired", begin: Instant(now.AddDays(-100)), end: Instant(now.AddDays(-10))),
            Item("Status airing", begin: Instant(now.AddDays(-10)), end: Instant(now.AddDays(30))),
            Item("Status open-ended", begin: Instant(now.AddDays(-10)), end: ""),
            Item("Status announced", begin: Instant(now.AddDays(10)), end: Instant(now.AddDays(100))),
            Item("Status undated", begin: "", end: ""));

        Assert.Equal("FINISHED", (await app.MediaTitledAsync("Status aired")).Status);
        Assert.Equal("RELEASING", (await app.MediaTitledAsync("Status airing")).Status);
        Assert.Equal("RELEASING", (await app.MediaTitledAsync("Status open-ended")).Status);
        Assert.Equal("NOT_YET_RELEASED", (await app.MediaTitledAsync("Status announced")).Status);
        Assert.Equal("NOT_YET_RELEASED", (await app.MediaTitledAsync("Status undated")).Status);

        app.Time.Advance(TimeSpan.FromDays(31));
        var reimport = await app.ImportAsync(Item("Status airing", begin: Instant(now.AddDays(-10)), end: Instant(now.AddDays(30))));

        Assert.Equal(1, reimport.Updated);
        Assert.Equal("FINISHED", (await app.MediaTitledAsync("Status airing")).Status);
    }

    [Theory]
    [InlineData("2023-12-03T15:00:00.000Z", "WINTER", 2024, 20231204)]
    [InlineData("2023-11-30T15:30:00.000Z", "WINTER", 2024, 20231201)] // 00:30 on 1 December in Tokyo
    [InlineData("2024-02-28T15:00:00.000Z", "WINTER", 2024, 20240229)]
    [InlineData("2024-03-31T15:00:00.000Z", "SPRING", 2024, 20240401)]
    [InlineData("2024-07-06T15:00:00.000Z", "SUMMER", 2024, 20240707)]
    [InlineData("2024-10-05T15:00:00.000Z", "FALL", 2024, 20241006)]
    public async Task Season_FromTheJapaneseStartDate_DecemberCountsInNextYearsWinter(string begin, string season, int seasonYear, int startDate)
    {
        var title = "Season " + begin;
        await app.ImportAsync(Item(title, begin: begin, end: ""));

        var media = await app.MediaTitledAsync(title);
        Assert.Equal((season, seasonYear), (media.Season, media.SeasonYear));
        Assert.Equal(startDate, media.StartDateInt);
        Assert.Equal((startDate / 10_000, startDate / 100 % 100, startDate % 100), (media.StartYear, media.StartMonth, media.StartDay));
    }

    [Fact]
    public async Task Dates_EndGiven_AreJapaneseCalendarDays()
    {
        await app.ImportAsync(Item("Dates", begin: "2013-04-06T16:58:00.000Z", end: "2013-09-28T17:28:00.000Z"));

        var media = await app.MediaTitledAsync("Dates");
        Assert.Equal((2013, 4, 7), (media.StartYear, media.StartMonth, media.StartDay));
        Assert.Equal((2013, 9, 29), (media.EndYear, media.EndMonth, media.EndDay));
    }

    [Fact]
    public async Task Id_AniListIdGiven_IsThatIdWithTheMalId()
    {
        await app.ImportAsync(Item("Ids known", aniList: 16498, mal: 16499));

        var media = await app.MediaAsync(16498);
        Assert.Equal("Ids known", media.TitleNative);
        Assert.Equal(16499, media.IdMal);
    }

    [Fact]
    public async Task Id_NoAniListId_ComesFromTheLocalRange()
    {
        await app.ImportAsync(Item("Local one"), Item("Local two", mal: 77));

        var one = await app.MediaTitledAsync("Local one");
        var two = await app.MediaTitledAsync("Local two");
        Assert.True(one.Id >= Media.LocalIdStart, one.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(one.Id + 1, two.Id);
        Assert.Equal(77, two.IdMal);
    }

    [Fact]
    public async Task Id_NewerFileWithItemsMoved_LocalIdsStayWithTheirTitles()
    {
        await app.ImportAsync(Item("Moved first"), Item("Moved second"));
        var first = (await app.MediaTitledAsync("Moved first")).Id;
        var second = (await app.MediaTitledAsync("Moved second")).Id;

        var result = await app.ImportAsync(Item("Moved newcomer"), Item("Moved second"), Item("Moved first"));

        Assert.Equal((1, 0), (result.Imported, result.Updated));
        Assert.Equal(first, (await app.MediaTitledAsync("Moved first")).Id);
        Assert.Equal(second, (await app.MediaTitledAsync("Moved second")).Id);
        Assert.True((await app.MediaTitledAsync("Moved newcomer")).Id > Math.Max(first, second));
    }

    [Fact]
    public async Task Id_TwoItemsClaimOneAniListId_FirstKeepsItSecondGetsALocalId()
    {
        var result = await app.ImportAsync(Item("Claim first", aniList: 21), Item("Claim second", aniList: 21));

        Assert.Equal(2, result.Imported);
        Assert.Equal("Claim first", (await app.MediaAsync(21)).TitleNative);
        Assert.True((await app.MediaTitledAsync("Claim second")).Id >= Media.LocalIdStart);
    }

    [Fact]
    public async Task Titles_Translations_EnglishFirstOthersAsSynonymsAllSearchable()
    {
        await app.ImportAsync(Item("進撃の巨人 (titles)", aniList: 301, titleTranslate: new()
        {
            ["en"] = ["Attack on Titan", "AoT"],
            ["zh-Hans"] = ["进击的巨人", "Attack on Titan"],
            ["zh-Hant"] = ["進擊的巨人", "进击的巨人"],
        }));

        var media = await app.MediaAsync(301);
        Assert.Equal("Attack on Titan", media.TitleEnglish);
        Assert.Null(media.TitleRomaji);
        Assert.Equal(["AoT", "进击的巨人", "進擊的巨人"], media.Synonyms);
        Assert.Equal("進撃の巨人 (titles)\nattack on titan\naot\n进击的巨人\n進擊的巨人", media.SearchText);
        Assert.Equal("ANIME", media.Type);
        Assert.Empty(media.Genres);
    }

    [Theory]
    [InlineData("ja", "JP")]
    [InlineData("zh-Hans", "CN")]
    [InlineData("en", "US")]
    public async Task CountryOfOrigin_FromTheOriginalLanguage(string lang, string country)
    {
        await app.ImportAsync(Item("Country " + lang, lang: lang));

        Assert.Equal(country, (await app.MediaTitledAsync("Country " + lang)).CountryOfOrigin);
    }

    [Fact]
    public async Task ExternalLinks_OfficialAndStreamingSites_AreInfoAndStreamingLinksOncePerPage()
    {
        await app.ImportAsync(
            Item("Links", aniList: 401, mal: 401, officialSite: "https://example.jp/anime/", sites:
            [
                Site("bilibili", "28220978"),
                Site("bilibili_hk_mo_tw", "28220978"),
                Site("crunchyroll", "GG5H5XQ0D"),
                Site("iqiyi", "a_19rrhb3xvl", url: "https://www.iqiyi.com/v_special.html"),
                Site("dmhy", "links"),
            ]),
            Item("Links too", aniList: 402, officialSite: "ttp://broken.example/"));

        var links = (await app.MediaAsync(401)).ExternalLinks;
        Assert.Equal(
            [
                ("Official Site", "https://example.jp/anime/", "INFO"),
                ("Bilibili", "https://www.bilibili.com/bangumi/media/md28220978/", "STREAMING"),
                ("Crunchyroll", "https://www.crunchyroll.com/series/GG5H5XQ0D/", "STREAMING"),
                ("iQIYI", "https://www.iqiyi.com/v_special.html", "STREAMING"),
            ],
            links.Select(l => (l.Site, l.Url, l.Type)));
        Assert.Equal(links.Count, links.Select(l => l.Id).Distinct().Count());
        Assert.Empty((await app.MediaAsync(402)).ExternalLinks);
    }

    private static string Instant(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
