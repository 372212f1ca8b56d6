using System.Net;
using System.Text.Json;
using Anibase.Data.Lists;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Lists;

/// <summary><c>MediaListCollection</c>: a user's list in AniList's sections, as list apps load it.</summary>
public sealed class MediaListCollectionTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    /// <summary>AniList's docs' document.</summary>
    private static readonly string DocsQuery = ListApi.ClientQuery("04_docs_medialistcollection");

    private const string Groups = """
        query ($userId: Int, $userName: String, $force: Boolean, $status: MediaListStatus) {
          MediaListCollection(userId: $userId, userName: $userName, type: ANIME, forceSingleCompletedList: $force, status: $status) {
            user { id } hasNextChunk
            lists { name status isCustomList isSplitCompletedList entries { id mediaId } }
          }
        }
        """;

    private readonly ListApi api = new(app);

    [Fact]
    public async Task MediaListCollection_DocsQuery_GroupsByStatusInDefaultSectionOrder()
    {
        var user = await api.SignInAsync();
        var planned = await api.SaveAsync(user, await api.AddMediaAsync(), "status: PLANNING");
        var watching = await api.SaveAsync(user, await api.AddMediaAsync(), "status: CURRENT");
        var completed = await api.SaveAsync(user, await api.AddMediaAsync(), "status: COMPLETED");

        var collection = await api.DataAsync(DocsQuery, new { type = "ANIME", userId = user.Id });

        var lists = collection.GetProperty("lists").EnumerateArray().ToList();
        Assert.Equal(["Watching", "Completed", "Planning"], lists.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal([[watching], [completed], [planned]], lists.Select(EntryIds));
        Assert.StartsWith("Title ", lists[0].GetProperty("entries")[0].GetProperty("media").GetProperty("title").GetProperty("romaji").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaListCollection_AniListNodeQuery_AnswersEveryFieldItAsks()
    {
        var user = await api.SignInAsync();
        await api.SaveAsync(user, await api.AddMediaAsync(), "status: REPEATING, scoreRaw: 70, startedAt: { year: 2020 }");
        var query = ListApi.ClientQuery("17_anilistnode_medialistcollection_anime");

        var collection = await api.DataAsync(query, new { id = user.Id, type = "ANIME" });

        var list = Assert.Single(collection.GetProperty("lists").EnumerateArray());
        Assert.Equal("Rewatching", list.GetProperty("name").GetString());
        Assert.Equal("REPEATING", list.GetProperty("status").GetString());
        Assert.False(list.GetProperty("isCustomList").GetBoolean());
        var entry = Assert.Single(list.GetProperty("entries").EnumerateArray());
        Assert.Equal(7, entry.GetProperty("score").GetDouble());
        Assert.Equal(2020, entry.GetProperty("startedAt").GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("completedAt").GetProperty("year").ValueKind);
        Assert.False(entry.GetProperty("media").GetProperty("isFavourite").GetBoolean());
        Assert.Equal(JsonValueKind.Object, entry.GetProperty("advancedScores").ValueKind);
    }

    [Fact]
    public async Task MediaListCollection_UsersSectionOrder_OrdersSectionsSoAndAppendsTheRest()
    {
        var user = await api.SignInAsync();
        await api.DataAsync("mutation { UpdateUser(animeListOptions: { sectionOrder: [\"Planning\", \"Completed\", \"Watching\"] }) { id } }", user: user);
        foreach (var status in (string[])["CURRENT", "PAUSED", "COMPLETED", "PLANNING", "DROPPED"])
        {
            await api.SaveAsync(user, await api.AddMediaAsync(), "status: " + status);
        }

        var collection = await api.DataAsync(Groups, new { userId = user.Id });

        Assert.Equal(["Planning", "Completed", "Watching", "Paused", "Dropped"], Names(collection));
    }

    [Fact]
    public async Task MediaListCollection_CustomLists_AreExtraGroupsAndHiddenEntriesOnlyThere()
    {
        var user = await api.SignInAsync();
        await api.DataAsync("mutation { UpdateUser(animeListOptions: { customLists: [\"Comfy\", \"Empty\"] }) { id } }", user: user);
        var shown = await api.SaveAsync(user, await api.AddMediaAsync(), "status: CURRENT, customLists: [\"Comfy\"]");
        var hidden = await api.SaveAsync(user, await api.AddMediaAsync(), "status: CURRENT, customLists: [\"Comfy\"], hiddenFromStatusLists: true");

        var collection = await api.DataAsync(Groups, new { userId = user.Id });

        var lists = collection.GetProperty("lists").EnumerateArray().ToList();
        Assert.Equal(["Watching", "Comfy"], lists.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal([shown], EntryIds(lists[0]));
        Assert.Equal([shown, hidden], EntryIds(lists[1]).Order());
        Assert.True(lists[1].GetProperty("isCustomList").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lists[1].GetProperty("status").ValueKind);
    }

    [Fact]
    public async Task MediaListCollection_SplitCompletedByFormat_SplitsUnlessForcedSingle()
    {
        var user = await api.SignInAsync();
        await api.DataAsync("mutation { UpdateUser(animeListOptions: { splitCompletedSectionByFormat: true }) { id } }", user: user);
        var tv = await api.SaveAsync(user, await api.AddMediaAsync("TV"), "status: COMPLETED");
        var movie = await api.SaveAsync(user, await api.AddMediaAsync("MOVIE"), "status: COMPLETED");
        await api.SaveAsync(user, await api.AddMediaAsync("TV"), "status: CURRENT");

        var split = await api.DataAsync(Groups, new { userId = user.Id });
        var single = await api.DataAsync(Groups, new { userId = user.Id, force = true });

        var splitLists = split.GetProperty("lists").EnumerateArray().ToList();
        Assert.Equal(["Watching", "Completed TV", "Completed Movie"], splitLists.Select(l => l.GetProperty("name").GetString()));
        Assert.True(splitLists[1].GetProperty("isSplitCompletedList").GetBoolean());
        Assert.Equal("COMPLETED", splitLists[2].GetProperty("status").GetString());
        Assert.Equal([movie], EntryIds(splitLists[2]));
        Assert.Equal(["Watching", "Completed"], Names(single));
        Assert.Equal([tv, movie], EntryIds(single.GetProperty("lists")[1]).Order());
    }

    [Fact]
    public async Task MediaListCollection_Chunks_CoverTheListOnceWithHasNextChunk()
    {
        var user = await api.SignInAsync();
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await api.SaveAsync(user, await api.AddMediaAsync(), "status: CURRENT"));
        }

        var seen = new List<int>();
        var hasNext = new List<bool>();
        for (var chunk = 1; chunk <= 3; chunk++)
        {
            var collection = await api.DataAsync(
                "query ($userId: Int, $chunk: Int) { MediaListCollection(userId: $userId, type: ANIME, chunk: $chunk, perChunk: 2) { hasNextChunk lists { entries { id } } } }",
                new { userId = user.Id, chunk });
            seen.AddRange(collection.GetProperty("lists").EnumerateArray().SelectMany(EntryIds));
            hasNext.Add(collection.GetProperty("hasNextChunk").GetBoolean());
        }

        Assert.Equal(ids.Order(), seen.Order());
        Assert.Equal([true, true, false], hasNext);
    }

    [Fact]
    public async Task MediaListCollection_PerChunkOver500_Gives500()
    {
        var user = await api.SignInAsync();
        var firstMedia = await api.AddMediaAsync();
        await api.WithDbAsync(db =>
        {
            // Straight into the database: 501 entries through the API would be slow.
            for (var i = 0; i < 501; i++)
            {
                var mediaId = i == 0 ? firstMedia : 950_000 + i;
                if (i > 0)
                {
                    db.Media.Add(new Anibase.Data.Catalog.Media { Id = mediaId, TitleNative = "Bulk " + i });
                }

                db.MediaListEntries.Add(new MediaListEntry { UserId = user.Id, MediaId = mediaId, Status = "PLANNING" });
            }

            return db.SaveChangesAsync();
        });

        var collection = await api.DataAsync(
            "query ($userId: Int) { MediaListCollection(userId: $userId, type: ANIME, chunk: 1, perChunk: 1000) { hasNextChunk lists { entries { id } } } }",
            new { userId = user.Id });

        Assert.Equal(500, collection.GetProperty("lists")[0].GetProperty("entries").GetArrayLength());
        Assert.True(collection.GetProperty("hasNextChunk").GetBoolean());
    }

    [Fact]
    public async Task MediaListCollection_PrivateEntries_ShownToTheOwnerOnly()
    {
        var owner = await api.SignInAsync();
        var other = await api.SignInAsync();
        var open = await api.SaveAsync(owner, await api.AddMediaAsync());
        var secret = await api.SaveAsync(owner, await api.AddMediaAsync(), "private: true");

        var asOwner = await api.DataAsync(Groups, new { userId = owner.Id }, owner);
        var asOther = await api.DataAsync(Groups, new { userId = owner.Id }, other);
        var anonymous = await api.DataAsync(Groups, new { userName = owner.Name.ToUpperInvariant() });

        Assert.Equal([open, secret], EntryIds(asOwner.GetProperty("lists")[0]).Order());
        Assert.Equal([open], EntryIds(asOther.GetProperty("lists")[0]));
        Assert.Equal([open], EntryIds(anonymous.GetProperty("lists")[0]));
        Assert.Equal(owner.Id, anonymous.GetProperty("user").GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task MediaListCollection_StatusFilter_GivesThatSectionOnly()
    {
        var user = await api.SignInAsync();
        await api.SaveAsync(user, await api.AddMediaAsync(), "status: CURRENT");
        var dropped = await api.SaveAsync(user, await api.AddMediaAsync(), "status: DROPPED");

        var collection = await api.DataAsync(Groups, new { userId = user.Id, status = "DROPPED" });

        var list = Assert.Single(collection.GetProperty("lists").EnumerateArray());
        Assert.Equal([dropped], EntryIds(list));
    }

    [Fact]
    public async Task MediaListCollection_NeitherUserIdNorName_Is400Validation()
    {
        var (response, body) = await api.PostAsync("{ MediaListCollection(type: ANIME) { lists { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("validation", error.GetProperty("message").GetString());
        Assert.Equal("The user id field is required when user name is not present.", error.GetProperty("validation").GetProperty("userId")[0].GetString());
    }

    [Fact]
    public async Task MediaListCollection_UnknownUser_Is404()
    {
        var (response, body) = await api.PostAsync("{ MediaListCollection(userName: \"nobody-here\", type: ANIME) { lists { name } } }");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    private static IEnumerable<string?> Names(JsonElement collection) =>
        collection.GetProperty("lists").EnumerateArray().Select(l => l.GetProperty("name").GetString());

    private static IEnumerable<int> EntryIds(JsonElement list) =>
        list.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetInt32());
}
