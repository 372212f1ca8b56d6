using System.Net;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Lists;

/// <summary>
/// Every list filter and sort becomes SQL; written once and run on each provider, so that a
/// filter one database cannot translate (SQLite and dates, PostgreSQL and LIKE…) fails here.
/// </summary>
public abstract class ListQueryTranslationBehaviour
{
    private const string EveryFilter = """
        query ($userId: Int, $userName: String, $mediaId: Int) {
          Page {
            mediaList(userId: $userId, userName: $userName, userId_in: [$userId], type: ANIME, status_in: [COMPLETED, PAUSED],
              status_not_in: [DROPPED], status_not: PLANNING, mediaId_not_in: [1], notes: "#Rewatch", notes_like: "%rewatch%",
              startedAt: 20240107, startedAt_greater: 20240101, startedAt_lesser: 20250101, startedAt_like: "2024%",
              completedAt_greater: 20240200, completedAt_lesser: 20240400, completedAt_like: "202403%",
              compareWithAuthList: true, mediaId_in: [$mediaId], isFollowing: false) { id }
          }
        }
        """;

    private readonly ListApi api;

    protected ListQueryTranslationBehaviour(AnibaseApp app)
    {
        api = new ListApi(app);
    }

    public static TheoryData<string> Sorts =>
    [
        .. ((string[])["MEDIA_ID", "SCORE", "STATUS", "PROGRESS", "PROGRESS_VOLUMES", "REPEAT", "PRIORITY", "STARTED_ON", "FINISHED_ON",
            "ADDED_TIME", "UPDATED_TIME", "MEDIA_TITLE_ROMAJI", "MEDIA_TITLE_ENGLISH", "MEDIA_TITLE_NATIVE", "MEDIA_POPULARITY"])
        .SelectMany(sort => (string[])[sort, sort + "_DESC"]),
    ];

    [Fact]
    public async Task PageMediaList_EveryFilterAtOnce_FindsTheOneEntryMatchingThemAll()
    {
        var user = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();
        var id = await api.SaveAsync(user, mediaId,
            "status: COMPLETED, notes: \"Worth a #REWATCH\", startedAt: { year: 2024, month: 1, day: 7 }, completedAt: { year: 2024, month: 3, day: 30 }");
        await api.SaveAsync(user, await api.AddMediaAsync(), "status: COMPLETED, notes: \"#rewatch\"");

        var page = await api.DataAsync(EveryFilter, new { userId = user.Id, userName = user.Name, mediaId }, user);

        Assert.Equal([id], page.GetProperty("mediaList").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task PageMediaListAndCollection_EachSort_Answers(string sort)
    {
        var user = await api.SignInAsync();
        await api.SaveAsync(user, await api.AddMediaAsync(), "startedAt: { year: 2024 }");
        await api.SaveAsync(user, await api.AddMediaAsync(), "scoreRaw: 50");

        var (pageResponse, pageBody) = await api.PostAsync(
            "query ($userId: Int, $sort: [MediaListSort]) { Page { mediaList(userId: $userId, sort: $sort) { id } } }", new { userId = user.Id, sort });
        var (collectionResponse, collectionBody) = await api.PostAsync(
            "query ($userId: Int, $sort: [MediaListSort]) { MediaListCollection(userId: $userId, sort: $sort, chunk: 1) { lists { entries { id } } } }",
            new { userId = user.Id, sort });

        Assert.True(pageResponse.StatusCode == HttpStatusCode.OK, pageBody.ToString());
        Assert.Equal(2, pageBody.GetProperty("data").GetProperty("Page").GetProperty("mediaList").GetArrayLength());
        Assert.True(collectionResponse.StatusCode == HttpStatusCode.OK, collectionBody.ToString());
    }

    [Fact]
    public async Task ListJourney_SaveCollectFavouriteDelete_WorksEndToEnd()
    {
        var user = await api.SignInAsync();
        await api.DataAsync("mutation { UpdateUser(scoreFormat: POINT_10_DECIMAL, animeListOptions: { customLists: [\"Comfy\"] }) { id } }", user: user);
        var mediaId = await api.AddMediaAsync();

        var id = await api.SaveAsync(user, mediaId, "status: CURRENT, score: 7.5, customLists: [\"Comfy\"]");
        var collection = await api.DataAsync(
            "query ($id: Int) { MediaListCollection(userId: $id, type: ANIME) { lists { name entries { score customLists } } } }", new { id = user.Id });
        var favourites = await api.DataAsync(
            "mutation ($id: Int) { ToggleFavourite(animeId: $id) { anime { nodes { id } } } }", new { id = mediaId }, user);
        var deleted = await api.DataAsync($"mutation {{ DeleteMediaListEntry(id: {id}) {{ deleted }} }}", user: user);

        Assert.Equal(["Watching", "Comfy"], collection.GetProperty("lists").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        Assert.Equal(7.5, collection.GetProperty("lists")[0].GetProperty("entries")[0].GetProperty("score").GetDouble());
        Assert.Equal(mediaId, favourites.GetProperty("anime").GetProperty("nodes")[0].GetProperty("id").GetInt32());
        Assert.True(deleted.GetProperty("deleted").GetBoolean());
    }
}
