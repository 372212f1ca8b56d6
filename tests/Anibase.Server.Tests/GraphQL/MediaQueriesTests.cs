using System.Net;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.GraphQL;

/// <summary><c>Media</c>, <c>Page.media</c>, <c>User</c>, <c>Page.users</c> and <c>GenreCollection</c> on the bundled catalog.</summary>
public sealed class MediaQueriesTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    [Fact]
    public async Task Media_ById_MapsTheCatalogEntry()
    {
        var media = await DataAsync("{ Media(id: 10087) { id idMal type format status season seasonYear startDate { year month day } title { native english userPreferred } synonyms siteUrl externalLinks { site url type } coverImage { large } isFavourite mediaListEntry { id } } }");

        var m = media.GetProperty("Media");
        Assert.Equal(10087, m.GetProperty("idMal").GetInt32());
        Assert.Equal("ANIME", m.GetProperty("type").GetString());
        Assert.Equal("TV", m.GetProperty("format").GetString());
        Assert.Equal("FINISHED", m.GetProperty("status").GetString());
        Assert.Equal("FALL", m.GetProperty("season").GetString());
        Assert.Equal(2011, m.GetProperty("seasonYear").GetInt32());
        Assert.Equal(2011, m.GetProperty("startDate").GetProperty("year").GetInt32());
        Assert.Equal("Fate/Zero", m.GetProperty("title").GetProperty("native").GetString());
        Assert.EndsWith("/anime/10087", m.GetProperty("siteUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, m.GetProperty("coverImage").GetProperty("large").ValueKind);
        Assert.False(m.GetProperty("isFavourite").GetBoolean());
        Assert.Equal(JsonValueKind.Null, m.GetProperty("mediaListEntry").ValueKind);
        Assert.Contains(m.GetProperty("externalLinks").EnumerateArray(), l => l.GetProperty("type").GetString() == "INFO");
    }

    [Fact]
    public async Task Media_Missing_Is404NotFound()
    {
        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), "{ Media(id: 9999999) { id } }");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("Not Found.", error.GetProperty("message").GetString());
        Assert.Equal(404, error.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("Media").ValueKind);
    }

    [Fact]
    public async Task Page_PerPageOver50_Gives50AndHonestPageInfo()
    {
        var data = await DataAsync("{ Page(page: 2, perPage: 500) { pageInfo { total perPage currentPage lastPage hasNextPage } media { id } } }");

        var info = data.GetProperty("Page").GetProperty("pageInfo");
        Assert.Equal(50, info.GetProperty("perPage").GetInt32());
        Assert.Equal(2, info.GetProperty("currentPage").GetInt32());
        var total = info.GetProperty("total").GetInt32();
        Assert.InRange(total, 8000, 9000);
        Assert.Equal((total + 49) / 50, info.GetProperty("lastPage").GetInt32());
        Assert.True(info.GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(50, data.GetProperty("Page").GetProperty("media").GetArrayLength());
    }

    [Fact]
    public async Task Page_FiltersBySeasonFormatAndSortsByStartDate()
    {
        var data = await DataAsync("{ Page(perPage: 50) { pageInfo { total } media(season: FALL, seasonYear: 2011, format: TV, sort: [START_DATE, ID]) { id season seasonYear format startDate { year month day } } } }");

        var media = data.GetProperty("Page").GetProperty("media").EnumerateArray().ToList();
        Assert.NotEmpty(media);
        Assert.All(media, m =>
        {
            Assert.Equal("FALL", m.GetProperty("season").GetString());
            Assert.Equal(2011, m.GetProperty("seasonYear").GetInt32());
            Assert.Equal("TV", m.GetProperty("format").GetString());
        });
        var dates = media.Select(m => m.GetProperty("startDate")).Select(d => (d.GetProperty("year").GetInt32() * 10000) + (d.GetProperty("month").GetInt32() * 100) + d.GetProperty("day").GetInt32()).ToList();
        Assert.Equal(dates.Order(), dates);
        Assert.Contains(media, m => m.GetProperty("id").GetInt32() == 10087);
    }

    [Fact]
    public async Task Page_IdInAndSortIdDesc_ReturnsExactlyThoseDescending()
    {
        var data = await DataAsync("{ Page { media(id_in: [10087, 15125, 16498], sort: ID_DESC) { id } } }");

        var ids = data.GetProperty("Page").GetProperty("media").EnumerateArray().Select(m => m.GetProperty("id").GetInt32());
        Assert.Equal([16498, 15125, 10087], ids);
    }

    [Fact]
    public async Task Page_PopularityDesc_PutsTheMostListedFirst()
    {
        var (_, _, first) = await app.IssueTokenAsync();
        var (_, _, second) = await app.IssueTokenAsync();
        foreach (var token in new[] { first, second })
        {
            await GraphQLCalls.PostAsync(app.CreateClient(), "mutation { SaveMediaListEntry(mediaId: 16498, status: PLANNING) { id } }", token);
        }

        await GraphQLCalls.PostAsync(app.CreateClient(), "mutation { SaveMediaListEntry(mediaId: 15125, status: PLANNING) { id } }", first);

        var data = await DataAsync("{ Page(perPage: 2) { media(id_in: [15125, 16498], sort: POPULARITY_DESC) { id popularity } } }");

        var media = data.GetProperty("Page").GetProperty("media").EnumerateArray().ToList();
        Assert.Equal(16498, media[0].GetProperty("id").GetInt32());
        Assert.True(media[0].GetProperty("popularity").GetInt32() >= 2);
        Assert.True(media[0].GetProperty("popularity").GetInt32() >= media[1].GetProperty("popularity").GetInt32());
    }

    [Fact]
    public async Task Page_ScoreDescAndTrendingDesc_FollowListActivity()
    {
        var (_, _, fan) = await app.IssueTokenAsync();
        var (_, _, critic) = await app.IssueTokenAsync();
        await GraphQLCalls.PostAsync(app.CreateClient(), "mutation { SaveMediaListEntry(mediaId: 11757, status: COMPLETED, scoreRaw: 100) { id } }", fan);
        await GraphQLCalls.PostAsync(app.CreateClient(), "mutation { SaveMediaListEntry(mediaId: 11757, status: COMPLETED, scoreRaw: 98) { id } }", critic);
        await GraphQLCalls.PostAsync(app.CreateClient(), "mutation { SaveMediaListEntry(mediaId: 10087, status: COMPLETED, scoreRaw: 20) { id } }", critic);

        var scored = await DataAsync("{ Page(perPage: 3) { media(id_in: [10087, 11757, 16498], sort: SCORE_DESC) { id meanScore } } }");
        var trending = await DataAsync("{ Page(perPage: 1) { media(id_in: [10087, 11757], sort: TRENDING_DESC) { id trending } } }");

        var ranking = scored.GetProperty("Page").GetProperty("media").EnumerateArray().Select(m => m.GetProperty("id").GetInt32());
        Assert.Equal([11757, 10087, 16498], ranking);
        Assert.Equal(99, scored.GetProperty("Page").GetProperty("media")[0].GetProperty("meanScore").GetInt32());
        var hottest = trending.GetProperty("Page").GetProperty("media")[0];
        Assert.Equal(11757, hottest.GetProperty("id").GetInt32());
        Assert.Equal(2, hottest.GetProperty("trending").GetInt32());
    }

    [Fact]
    public async Task Page_SearchMatch_PutsTheExactTitleFirst()
    {
        var data = await DataAsync("{ Page(perPage: 10) { media(search: \"attack on titan\", sort: SEARCH_MATCH) { id title { english } } } }");

        var first = data.GetProperty("Page").GetProperty("media")[0];
        Assert.Equal(16498, first.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Users_ByNameAndSearch_FindTheUser()
    {
        var user = await app.Data.CreateUserAsync();

        var byName = await DataAsync($"{{ User(name: \"{user.Name}\") {{ id name siteUrl options {{ titleLanguage }} mediaListOptions {{ scoreFormat animeList {{ sectionOrder }} }} }} }}");
        var search = await DataAsync($"{{ Page {{ users(search: \"{user.Name[..6]}\") {{ id name }} }} }}");

        var found = byName.GetProperty("User");
        Assert.Equal(user.Id, found.GetProperty("id").GetInt32());
        // Another user's site options are private; their list options are not.
        Assert.Equal(JsonValueKind.Null, found.GetProperty("options").ValueKind);
        Assert.Equal("POINT_10", found.GetProperty("mediaListOptions").GetProperty("scoreFormat").GetString());
        Assert.Contains(search.GetProperty("Page").GetProperty("users").EnumerateArray(), u => u.GetProperty("id").GetInt32() == user.Id);
    }

    [Fact]
    public async Task User_Unknown_Is404()
    {
        var (response, _) = await GraphQLCalls.PostAsync(app.CreateClient(), "{ User(name: \"nobodyatall\") { id } }");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Viewer_SeesOwnOptions()
    {
        var (user, _, token) = await app.IssueTokenAsync();

        var (_, body) = await GraphQLCalls.PostAsync(app.CreateClient(), "{ Viewer { id options { titleLanguage displayAdultContent } unreadNotificationCount } }", token);

        var viewer = body.GetProperty("data").GetProperty("Viewer");
        Assert.Equal(user.Id, viewer.GetProperty("id").GetInt32());
        Assert.Equal("ROMAJI", viewer.GetProperty("options").GetProperty("titleLanguage").GetString());
    }

    [Fact]
    public async Task GenreCollection_IsAList()
    {
        var data = await DataAsync("{ GenreCollection }");

        Assert.Equal(JsonValueKind.Array, data.GetProperty("GenreCollection").ValueKind);
    }

    [Fact]
    public async Task FieldsWithoutData_AnswerAsAniListDoes()
    {
        var data = await DataAsync("{ Media(id: 15125) { description bannerImage tags { name } studios { nodes { name } } characters { edges { id } } isFavouriteBlocked trailer { id } } }");

        var m = data.GetProperty("Media");
        Assert.Equal(JsonValueKind.Null, m.GetProperty("description").ValueKind);
        Assert.Equal(0, m.GetProperty("tags").GetArrayLength());
        Assert.Equal(0, m.GetProperty("studios").GetProperty("nodes").GetArrayLength());
        Assert.Equal(0, m.GetProperty("characters").GetProperty("edges").GetArrayLength());
        Assert.False(m.GetProperty("isFavouriteBlocked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, m.GetProperty("trailer").ValueKind);
    }

    private async Task<JsonElement> DataAsync(string query)
    {
        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), query);
        Assert.True(response.StatusCode == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data");
    }
}
