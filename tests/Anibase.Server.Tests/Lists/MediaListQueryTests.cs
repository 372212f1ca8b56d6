using System.Net;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Lists;

/// <summary><c>MediaList</c>, <c>Page.mediaList</c> and <c>Media.mediaListEntry</c>: single entries and pages of them.</summary>
public sealed class MediaListQueryTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    /// <summary>The docs' single-entry document: by entry id, or by media and user.</summary>
    private const string SingleEntry = """
        query ($id: Int, $mediaId: Int, $userId: Int, $userName: String) {
          MediaList(id: $id, mediaId: $mediaId, userId: $userId, userName: $userName) { id userId mediaId status }
        }
        """;

    private const string PageOfEntries = """
        query ($userId: Int, $statusIn: [MediaListStatus], $sort: [MediaListSort], $perPage: Int, $startedAfter: FuzzyDateInt, $notes: String, $mediaIdIn: [Int]) {
          Page(perPage: $perPage) {
            pageInfo { total hasNextPage }
            mediaList(userId: $userId, status_in: $statusIn, sort: $sort, startedAt_greater: $startedAfter, notes_like: $notes, mediaId_in: $mediaIdIn) { id }
          }
        }
        """;

    private static readonly string[] CompletedOrCurrent = ["COMPLETED", "CURRENT"];

    private readonly ListApi api = new(app);

    [Fact]
    public async Task MediaList_ByIdOrByMediaAndUser_FindsTheEntry()
    {
        var user = await api.SignInAsync();
        var other = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();
        await api.SaveAsync(other, mediaId);
        var id = await api.SaveAsync(user, mediaId, "status: PAUSED");

        var byId = await api.DataAsync(SingleEntry, new { id });
        var byUserId = await api.DataAsync(SingleEntry, new { mediaId, userId = user.Id });
        var byUserName = await api.DataAsync(SingleEntry, new { mediaId, userName = user.Name });

        Assert.Equal(id, byId.GetProperty("id").GetInt32());
        Assert.Equal(id, byUserId.GetProperty("id").GetInt32());
        Assert.Equal(id, byUserName.GetProperty("id").GetInt32());
        Assert.Equal("PAUSED", byId.GetProperty("status").GetString());
    }

    [Fact]
    public async Task MediaList_NoSuchEntry_Is404NotFound()
    {
        var (response, body) = await api.PostAsync(SingleEntry, new { id = 876543 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found.", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("MediaList").ValueKind);
    }

    [Fact]
    public async Task MediaList_PrivateEntry_FoundByTheOwnerOnly()
    {
        var owner = await api.SignInAsync();
        var other = await api.SignInAsync();
        var id = await api.SaveAsync(owner, await api.AddMediaAsync(), "private: true");

        var asOwner = await api.DataAsync(SingleEntry, new { id }, owner);
        var (asOther, _) = await api.PostAsync(SingleEntry, new { id }, other);
        var (anonymous, _) = await api.PostAsync(SingleEntry, new { id });

        Assert.Equal(id, asOwner.GetProperty("id").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, asOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
    }

    [Fact]
    public async Task PageMediaList_StatusFilterAndScoreSort_PagesInOrder()
    {
        var user = await api.SignInAsync();
        var low = await api.SaveAsync(user, await api.AddMediaAsync(), "status: COMPLETED, scoreRaw: 40");
        var high = await api.SaveAsync(user, await api.AddMediaAsync(), "status: COMPLETED, scoreRaw: 90");
        var middle = await api.SaveAsync(user, await api.AddMediaAsync(), "status: CURRENT, scoreRaw: 60");
        await api.SaveAsync(user, await api.AddMediaAsync(), "status: PLANNING, scoreRaw: 100");

        var page = await api.DataAsync(PageOfEntries, new { userId = user.Id, statusIn = CompletedOrCurrent, sort = "SCORE_DESC", perPage = 2 });

        Assert.Equal([high, middle], Ids(page));
        Assert.Equal(3, page.GetProperty("pageInfo").GetProperty("total").GetInt32());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.DoesNotContain(low, Ids(page));
    }

    [Fact]
    public async Task PageMediaList_UpdatedTimeSort_MostRecentlyChangedFirst()
    {
        var user = await api.SignInAsync();
        var first = await api.SaveAsync(user, await api.AddMediaAsync());
        app.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await api.SaveAsync(user, await api.AddMediaAsync());
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await api.DataAsync($"mutation {{ SaveMediaListEntry(id: {first}, progress: 1) {{ id }} }}", user: user);

        var updated = await api.DataAsync(PageOfEntries, new { userId = user.Id, sort = "UPDATED_TIME_DESC" });
        var added = await api.DataAsync(PageOfEntries, new { userId = user.Id, sort = "ADDED_TIME_DESC" });

        Assert.Equal([first, second], Ids(updated));
        Assert.Equal([second, first], Ids(added));
    }

    [Fact]
    public async Task PageMediaList_DateNotesAndMediaFilters_NarrowTheEntries()
    {
        var user = await api.SignInAsync();
        var media = new[] { await api.AddMediaAsync(), await api.AddMediaAsync(), await api.AddMediaAsync() };
        var recent = await api.SaveAsync(user, media[0], "startedAt: { year: 2024, month: 2 }, notes: \"Loved the #Ending\"");
        await api.SaveAsync(user, media[1], "startedAt: { year: 2019, month: 6, day: 1 }, notes: \"#ending was fine\"");
        await api.SaveAsync(user, media[2]);

        var startedAfter = await api.DataAsync(PageOfEntries, new { userId = user.Id, startedAfter = 20200000 });
        var byNotes = await api.DataAsync(PageOfEntries, new { userId = user.Id, notes = "#ending" });
        var byMedia = await api.DataAsync(PageOfEntries, new { userId = user.Id, mediaIdIn = new[] { media[0], media[2] } });

        Assert.Equal([recent], Ids(startedAfter));
        Assert.Equal(2, Ids(byNotes).Count());
        Assert.Equal(2, Ids(byMedia).Count());
    }

    [Fact]
    public async Task PageMediaList_PrivateEntries_CountedForTheOwnerOnly()
    {
        var owner = await api.SignInAsync();
        await api.SaveAsync(owner, await api.AddMediaAsync());
        await api.SaveAsync(owner, await api.AddMediaAsync(), "private: true");

        var asOwner = await api.DataAsync(PageOfEntries, new { userId = owner.Id }, owner);
        var anonymous = await api.DataAsync(PageOfEntries, new { userId = owner.Id });

        Assert.Equal(2, asOwner.GetProperty("pageInfo").GetProperty("total").GetInt32());
        Assert.Equal(1, anonymous.GetProperty("pageInfo").GetProperty("total").GetInt32());
        Assert.Single(Ids(anonymous));
    }

    [Fact]
    public async Task MediaMediaListEntry_ViewersOwnEntry_NullWithoutTokenOrEntry()
    {
        var user = await api.SignInAsync();
        var other = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();
        var id = await api.SaveAsync(user, mediaId, "status: PLANNING, private: true");
        const string query = "query ($id: Int) { Media(id: $id) { mediaListEntry { id status } } }";

        var asOwner = await api.DataAsync(query, new { id = mediaId }, user);
        var asOther = await api.DataAsync(query, new { id = mediaId }, other);
        var anonymous = await api.DataAsync(query, new { id = mediaId });

        Assert.Equal(id, asOwner.GetProperty("mediaListEntry").GetProperty("id").GetInt32());
        Assert.Equal(JsonValueKind.Null, asOther.GetProperty("mediaListEntry").ValueKind);
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("mediaListEntry").ValueKind);
    }

    private static IEnumerable<int> Ids(JsonElement page) =>
        page.GetProperty("mediaList").EnumerateArray().Select(e => e.GetProperty("id").GetInt32());
}
