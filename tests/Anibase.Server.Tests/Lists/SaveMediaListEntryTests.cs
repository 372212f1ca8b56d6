using System.Net;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Lists;

/// <summary><c>SaveMediaListEntry</c> as AniList's docs and clients send it: variables, inline literals, bare enums.</summary>
public sealed class SaveMediaListEntryTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    /// <summary>The document of AniList's docs, for creating and for updating.</summary>
    private static readonly string DocsMutation = ListApi.ClientQuery("05_docs_save_media_list_entry");

    private readonly ListApi api = new(app);

    [Fact]
    public async Task SaveMediaListEntry_DocsVariablesCreateThenUpdate_SameEntryChangesStatus()
    {
        var user = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();

        var created = await api.DataAsync(DocsMutation, new { mediaId, status = "CURRENT" }, user);
        var id = created.GetProperty("id").GetInt32();
        var updated = await api.DataAsync(DocsMutation, new { listEntryId = id, status = "COMPLETED" }, user);

        Assert.Equal("CURRENT", created.GetProperty("status").GetString());
        Assert.Equal(id, updated.GetProperty("id").GetInt32());
        Assert.Equal("COMPLETED", updated.GetProperty("status").GetString());
        Assert.Equal("COMPLETED", (await api.FindEntryAsync(id))!.Status);
    }

    [Fact]
    public async Task SaveMediaListEntry_InlineLiteralsAndBareEnum_CreatesThenUpdatesByMediaId()
    {
        var user = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();

        var created = await api.DataAsync(
            $"mutation {{ SaveMediaListEntry (mediaId: {mediaId}, status: CURRENT, progress: 3) {{ id mediaId status progress userId }}}}", user: user);
        var updated = await api.DataAsync(
            $"mutation {{ SaveMediaListEntry (mediaId: {mediaId}, progress: 4, repeat: 1, priority: 2, private: true, notes: \"#rewatch soon\", hiddenFromStatusLists: true) {{ id status progress repeat priority private notes hiddenFromStatusLists }}}}",
            user: user);

        Assert.Equal(mediaId, created.GetProperty("mediaId").GetInt32());
        Assert.Equal(user.Id, created.GetProperty("userId").GetInt32());
        Assert.Equal(3, created.GetProperty("progress").GetInt32());
        Assert.Equal(created.GetProperty("id").GetInt32(), updated.GetProperty("id").GetInt32());
        Assert.Equal("CURRENT", updated.GetProperty("status").GetString());
        Assert.Equal(4, updated.GetProperty("progress").GetInt32());
        Assert.Equal(1, updated.GetProperty("repeat").GetInt32());
        Assert.Equal(2, updated.GetProperty("priority").GetInt32());
        Assert.True(updated.GetProperty("private").GetBoolean());
        Assert.Equal("#rewatch soon", updated.GetProperty("notes").GetString());
        Assert.True(updated.GetProperty("hiddenFromStatusLists").GetBoolean());
    }

    [Theory]
    [InlineData("POINT_100", 85, 85)]
    [InlineData("POINT_10_DECIMAL", 8.5, 85)]
    [InlineData("POINT_10", 8, 80)]
    [InlineData("POINT_5", 4, 80)]
    [InlineData("POINT_3", 2, 60)]
    public async Task SaveMediaListEntry_ScoreInUsersFormat_StoresRawAndShowsItBack(string format, double score, int raw)
    {
        var user = await api.SignInAsync();
        await api.DataAsync($"mutation {{ UpdateUser(scoreFormat: {format}) {{ id }} }}", user: user);
        var mediaId = await api.AddMediaAsync();

        var entry = await api.DataAsync(
            "mutation ($mediaId: Int, $score: Float) { SaveMediaListEntry(mediaId: $mediaId, score: $score) { score raw: score(format: POINT_100) } }",
            new { mediaId, score }, user);

        Assert.Equal(score, entry.GetProperty("score").GetDouble());
        Assert.Equal(raw, entry.GetProperty("raw").GetDouble());
    }

    [Theory]
    [InlineData(85, "POINT_100", 85)]
    [InlineData(85, "POINT_10_DECIMAL", 8.5)]
    [InlineData(85, "POINT_10", 8)]
    [InlineData(85, "POINT_5", 4)]
    [InlineData(29, "POINT_5", 1)]
    [InlineData(90, "POINT_5", 5)]
    [InlineData(85, "POINT_3", 3)]
    [InlineData(35, "POINT_3", 1)]
    [InlineData(36, "POINT_3", 2)]
    [InlineData(60, "POINT_3", 2)]
    [InlineData(0, "POINT_3", 0)]
    public async Task MediaListScore_RawScoreInEachFormat_ConvertsAsAniList(int scoreRaw, string format, double expected)
    {
        var user = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();

        var entry = await api.DataAsync(
            $"mutation {{ SaveMediaListEntry(mediaId: {mediaId}, scoreRaw: {scoreRaw}) {{ score(format: {format}) }} }}", user: user);

        Assert.Equal(expected, entry.GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task SaveMediaListEntry_DatesSetThenPartlyCleared_NullPartsStayNull()
    {
        var user = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();
        const string mutation = """
            mutation ($mediaId: Int, $startedAt: FuzzyDateInput, $completedAt: FuzzyDateInput) {
              SaveMediaListEntry(mediaId: $mediaId, startedAt: $startedAt, completedAt: $completedAt) {
                startedAt { year month day } completedAt { year month day }
              }
            }
            """;

        var set = await api.DataAsync(mutation, new
        {
            mediaId,
            startedAt = new { year = 2024, month = 1, day = 7 },
            completedAt = new { year = 2024, month = 3, day = 30 },
        }, user);
        var cleared = await api.DataAsync(mutation, new
        {
            mediaId,
            startedAt = new { year = 2024, month = (int?)null, day = (int?)null },
            completedAt = new { year = (int?)null, month = (int?)null, day = (int?)null },
        }, user);

        Assert.Equal(7, set.GetProperty("startedAt").GetProperty("day").GetInt32());
        Assert.Equal(30, set.GetProperty("completedAt").GetProperty("day").GetInt32());
        Assert.Equal(2024, cleared.GetProperty("startedAt").GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("startedAt").GetProperty("month").ValueKind);
        // A date with no parts is still an object, as on AniList.
        var completedAt = cleared.GetProperty("completedAt");
        Assert.Equal(JsonValueKind.Object, completedAt.ValueKind);
        Assert.All(completedAt.EnumerateObject(), part => Assert.Equal(JsonValueKind.Null, part.Value.ValueKind));
    }

    [Fact]
    public async Task SaveMediaListEntry_ArgumentsLeftOut_KeepTheirValues()
    {
        var user = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();
        await api.SaveAsync(user, mediaId, "status: PAUSED, notes: \"keep\", customLists: [], startedAt: { year: 2023, month: 5, day: 1 }");

        var entry = await api.DataAsync($"mutation {{ SaveMediaListEntry(mediaId: {mediaId}, progress: 2) {{ status notes startedAt {{ month }} }} }}", user: user);

        Assert.Equal("PAUSED", entry.GetProperty("status").GetString());
        Assert.Equal("keep", entry.GetProperty("notes").GetString());
        Assert.Equal(5, entry.GetProperty("startedAt").GetProperty("month").GetInt32());
    }

    [Fact]
    public async Task SaveMediaListEntry_DeclaredVariablesNotSent_KeepTheirValues()
    {
        // Taiga declares every argument and sends only the changed ones.
        var user = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();
        await api.SaveAsync(user, mediaId, "notes: \"keep\", scoreRaw: 70, startedAt: { year: 2023, month: 5, day: 1 }");
        const string mutation = """
            mutation ($mediaId: Int, $progress: Int, $notes: String, $scoreRaw: Int, $startedAt: FuzzyDateInput, $customLists: [String]) {
              SaveMediaListEntry(mediaId: $mediaId, progress: $progress, notes: $notes, scoreRaw: $scoreRaw, startedAt: $startedAt, customLists: $customLists) {
                progress notes score(format: POINT_100) startedAt { year month day }
              }
            }
            """;

        var entry = await api.DataAsync(mutation, new { mediaId, progress = 5 }, user);

        Assert.Equal(5, entry.GetProperty("progress").GetInt32());
        Assert.Equal("keep", entry.GetProperty("notes").GetString());
        Assert.Equal(70, entry.GetProperty("score").GetDouble());
        Assert.Equal(2023, entry.GetProperty("startedAt").GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task SaveMediaListEntry_CustomListsAndAdvancedScores_ShownAsAniListJson()
    {
        var user = await api.SignInAsync();
        await api.DataAsync(
            "mutation { UpdateUser(animeListOptions: { customLists: [\"Best Of\", \"Comfy\"], advancedScoring: [\"Story\", \"Audio\"], advancedScoringEnabled: true }) { id } }",
            user: user);
        var mediaId = await api.AddMediaAsync();

        var entry = await api.DataAsync($$"""
            mutation { SaveMediaListEntry(mediaId: {{mediaId}}, customLists: ["Best Of", "Not Mine"], advancedScores: [80, 65.5]) {
              customLists asArray: customLists(asArray: true) advancedScores } }
            """, user: user);

        var lists = entry.GetProperty("customLists");
        Assert.True(lists.GetProperty("Best Of").GetBoolean());
        Assert.False(lists.GetProperty("Comfy").GetBoolean());
        Assert.False(lists.TryGetProperty("Not Mine", out _));
        var asArray = entry.GetProperty("asArray").EnumerateArray().ToList();
        Assert.Equal(["Best Of", "Comfy"], asArray.Select(l => l.GetProperty("name").GetString()));
        Assert.Equal([true, false], asArray.Select(l => l.GetProperty("enabled").GetBoolean()));
        Assert.Equal(80, entry.GetProperty("advancedScores").GetProperty("Story").GetDouble());
        Assert.Equal(65.5, entry.GetProperty("advancedScores").GetProperty("Audio").GetDouble());
    }

    [Fact]
    public async Task SaveMediaListEntry_OutOfRangeArguments_Is400WithAniListValidationShape()
    {
        var user = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();

        var (response, body) = await api.PostAsync(
            $"mutation {{\n  SaveMediaListEntry(mediaId: {mediaId}, scoreRaw: 101, progress: -1, priority: 256) {{ id }}\n}}", user: user);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("SaveMediaListEntry").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("validation", error.GetProperty("message").GetString());
        Assert.Equal(400, error.GetProperty("status").GetInt32());
        var location = Assert.Single(error.GetProperty("locations").EnumerateArray());
        Assert.Equal(2, location.GetProperty("line").GetInt32());
        var validation = error.GetProperty("validation");
        Assert.Equal("The score raw may not be greater than 100.", validation.GetProperty("scoreRaw")[0].GetString());
        Assert.Equal("The progress must be at least 0.", validation.GetProperty("progress")[0].GetString());
        Assert.Equal("The priority may not be greater than 255.", validation.GetProperty("priority")[0].GetString());
    }

    [Fact]
    public async Task SaveMediaListEntry_UnknownMediaId_IsValidationErrorOnMediaId()
    {
        var user = await api.SignInAsync();

        var (response, body) = await api.PostAsync("mutation { SaveMediaListEntry(mediaId: 899999, status: CURRENT) { id } }", user: user);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var validation = body.GetProperty("errors")[0].GetProperty("validation");
        Assert.Equal("The selected media id is invalid.", validation.GetProperty("mediaId")[0].GetString());
    }

    [Fact]
    public async Task SaveMediaListEntry_NoIdNorMediaId_IsValidationErrorOnMediaId()
    {
        var user = await api.SignInAsync();

        var (response, body) = await api.PostAsync("mutation { SaveMediaListEntry(status: CURRENT) { id } }", user: user);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The media id field is required when id is not present.",
            body.GetProperty("errors")[0].GetProperty("validation").GetProperty("mediaId")[0].GetString());
    }

    [Fact]
    public async Task SaveMediaListEntry_EntryIdThatDoesNotExist_IsValidationErrorOnId()
    {
        var user = await api.SignInAsync();

        var (response, body) = await api.PostAsync(DocsMutation, new { listEntryId = 987654, status = "COMPLETED" }, user);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The selected id is invalid.", body.GetProperty("errors")[0].GetProperty("validation").GetProperty("id")[0].GetString());
    }

    [Fact]
    public async Task SaveMediaListEntry_AnotherUsersEntryId_Is403AndLeavesItAlone()
    {
        var owner = await api.SignInAsync();
        var intruder = await api.SignInAsync();
        var id = await api.SaveAsync(owner, await api.AddMediaAsync(), "status: PLANNING");

        var (response, body) = await api.PostAsync(DocsMutation, new { listEntryId = id, status = "DROPPED" }, intruder);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(403, body.GetProperty("errors")[0].GetProperty("status").GetInt32());
        Assert.Equal("PLANNING", (await api.FindEntryAsync(id))!.Status);
    }

    [Fact]
    public async Task SaveMediaListEntry_WithoutToken_Is401Unauthorized()
    {
        var mediaId = await api.AddMediaAsync();

        var (response, body) = await api.PostAsync(DocsMutation, new { mediaId, status = "CURRENT" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized.", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("SaveMediaListEntry").ValueKind);
    }

    [Fact]
    public async Task SaveMediaListEntry_Times_AreUnixSecondsFromTheServerClock()
    {
        var user = await api.SignInAsync();
        var mediaId = await api.AddMediaAsync();

        var entry = await api.DataAsync(
            $"mutation {{ SaveMediaListEntry(mediaId: {mediaId}) {{ createdAt updatedAt media {{ id }} user {{ id }} }} }}", user: user);

        var now = app.Time.GetUtcNow().ToUnixTimeSeconds();
        Assert.InRange(entry.GetProperty("createdAt").GetInt64(), now - 5, now);
        Assert.Equal(entry.GetProperty("createdAt").GetInt64(), entry.GetProperty("updatedAt").GetInt64());
        Assert.Equal(mediaId, entry.GetProperty("media").GetProperty("id").GetInt32());
        Assert.Equal(user.Id, entry.GetProperty("user").GetProperty("id").GetInt32());
    }
}
