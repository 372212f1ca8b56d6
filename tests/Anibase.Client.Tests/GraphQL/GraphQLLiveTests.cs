using Anibase.Client.GraphQL;
using Anibase.Client.Tests.Infrastructure;

namespace Anibase.Client.Tests.GraphQL;

/// <summary>The GraphQL client against a live Anibase server with the bundled catalog: reads, a list mutation, and AniList's errors.</summary>
[Collection(LiveServerTests.Name)]
public sealed class GraphQLLiveTests(LiveServer server)
{
    private const int FateZero = 10087;

    private AniListGraphQLClient Client => new(new HttpClient(), new AniListGraphQLOptions { GraphQLUrl = server.Endpoints.GraphQLUrl });

    [Fact]
    public async Task Media_ReadsIntoTheCallersTypes()
    {
        var data = await Client.QueryAsync<MediaData>(
            "query ($id: Int) { Media(id: $id, type: ANIME) { id format seasonYear title { native } } }", new { id = FateZero });

        Assert.Equal(new Media(FateZero, MediaFormat.Tv, 2011, new MediaTitle("Fate/Zero")), data.Media);
    }

    [Fact]
    public async Task SaveMediaListEntry_ThenTheUsersListHasIt()
    {
        var login = await server.LogInAsync();

        var saved = await Client.QueryAsync<SaveData>(
            "mutation ($mediaId: Int, $status: MediaListStatus, $progress: Int) { SaveMediaListEntry(mediaId: $mediaId, status: $status, progress: $progress) { id mediaId status progress } }",
            new { mediaId = FateZero, status = MediaListStatus.Current, progress = 3 },
            login.AccessToken);
        var list = await Client.QueryAsync<ListData>(
            "query ($userId: Int) { MediaListCollection(userId: $userId, type: ANIME) { lists { status entries { id mediaId progress media { title { native } } } } } }",
            new { userId = login.User.Id });

        Assert.Equal(FateZero, saved.SaveMediaListEntry.MediaId);
        Assert.Equal(MediaListStatus.Current, saved.SaveMediaListEntry.Status);
        var group = Assert.Single(list.MediaListCollection.Lists);
        Assert.Equal(MediaListStatus.Current, group.Status);
        var entry = Assert.Single(group.Entries);
        Assert.Equal((saved.SaveMediaListEntry.Id, FateZero, 3, "Fate/Zero"), (entry.Id, entry.MediaId, entry.Progress, entry.Media.Title.Native));
    }

    [Fact]
    public async Task SaveMediaListEntry_UnknownMedia_ThrowsValidationWithAniListsMessage()
    {
        var login = await server.LogInAsync();

        var error = await Assert.ThrowsAsync<AniListValidationException>(() => Client.QueryAsync<SaveData>(
            "mutation { SaveMediaListEntry(mediaId: 2147483000, status: CURRENT) { id } }", accessToken: login.AccessToken));

        Assert.Equal(["The selected media id is invalid."], error.Validation["mediaId"]);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task MissingMedia_ThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<AniListNotFoundException>(() => Client.QueryAsync<MediaData>("{ Media(id: 9999999) { id } }"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("Not Found.", error.Message);
    }

    [Fact]
    public async Task ViewerWithoutToken_ThrowsUnauthorized()
    {
        var error = await Assert.ThrowsAsync<AniListUnauthorizedException>(() => Client.QueryAsync<ViewerData>("{ Viewer { id } }"));

        Assert.Equal(401, error.StatusCode);
    }

    [Fact]
    public async Task TamperedToken_ThrowsInvalidTokenEvenForAPublicQuery()
    {
        var login = await server.LogInAsync();
        var tampered = login.AccessToken[..^4] + (login.AccessToken.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var error = await Assert.ThrowsAsync<AniListInvalidTokenException>(() =>
            Client.QueryAsync<MediaData>("{ Media(id: 10087) { id } }", accessToken: tampered));

        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task SyntaxError_ThrowsTheBaseExceptionWithTheServersMessage()
    {
        var error = await Assert.ThrowsAsync<AniListGraphQLException>(() => Client.QueryAsync<MediaData>("{ Media(id: 1) { id }"));

        Assert.Equal(400, error.StatusCode);
        Assert.NotEmpty(error.Errors);
    }

    public enum MediaFormat
    {
        Tv,
        TvShort,
        Movie,
    }

    public enum MediaListStatus
    {
        Current,
        Planning,
        Completed,
        Dropped,
        Paused,
        Repeating,
    }

    public sealed record MediaData(Media Media);

    public sealed record Media(int Id, MediaFormat Format, int? SeasonYear, MediaTitle Title);

    public sealed record MediaTitle(string Native);

    public sealed record ViewerData(ViewerName Viewer);

    public sealed record ViewerName(int Id);

    public sealed record SaveData(SavedEntry SaveMediaListEntry);

    public sealed record SavedEntry(int Id, int MediaId, MediaListStatus Status, int Progress);

    public sealed record ListData(UserLists MediaListCollection);

    public sealed record UserLists(IReadOnlyList<ListGroup> Lists);

    public sealed record ListGroup(MediaListStatus? Status, IReadOnlyList<ListEntry> Entries);

    public sealed record ListEntry(int Id, int MediaId, int Progress, EntryMedia Media);

    public sealed record EntryMedia(MediaTitle Title);
}
