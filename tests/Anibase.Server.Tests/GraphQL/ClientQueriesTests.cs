using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.GraphQL;

/// <summary>
/// The documents real clients send (AniList's docs, anilist-node), exactly as written, against a
/// server whose catalog is the bundled one: each runs without errors and returns what its client reads.
/// </summary>
public sealed class ClientQueriesTests(CatalogApp app) : IClassFixture<CatalogApp>
{
    private const int Teekyuu = 15125; // the id AniList's own docs query
    private const int FateZero = 10087;

    [Fact]
    public async Task DocsMediaById_ReturnsTheCatalogsTitles()
    {
        var data = await RunAsync("01_docs_media_by_id", new { id = Teekyuu });

        var media = data.GetProperty("Media");
        Assert.Equal(Teekyuu, media.GetProperty("id").GetInt32());
        Assert.Equal("てーきゅう", media.GetProperty("title").GetProperty("native").GetString());
    }

    [Fact]
    public async Task DocsPageSearch_FindsFateZeroOnAPageOfThree()
    {
        var data = await RunAsync("02_docs_page_media_search", new { search = "Fate/Zero", page = 1, perPage = 3 });

        var page = data.GetProperty("Page");
        Assert.Equal(3, page.GetProperty("pageInfo").GetProperty("perPage").GetInt32());
        Assert.Equal(1, page.GetProperty("pageInfo").GetProperty("currentPage").GetInt32());
        var media = page.GetProperty("media").EnumerateArray().ToList();
        Assert.InRange(media.Count, 1, 3);
        Assert.Equal(FateZero, media[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task DocsViewer_ReturnsTheTokensUser()
    {
        var (user, _, token) = await app.IssueTokenAsync();

        var data = await RunAsync("03_docs_viewer", new { }, token);

        Assert.Equal(user.Name, data.GetProperty("Viewer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListDocuments_SaveUpdateCollectFavouriteAndDelete_AsTheirClientsExpect()
    {
        var (user, _, token) = await app.IssueTokenAsync();

        var created = (await RunAsync("05_docs_save_media_list_entry", new { mediaId = Teekyuu, status = "CURRENT" }, token))
            .GetProperty("SaveMediaListEntry");
        Assert.Equal("CURRENT", created.GetProperty("status").GetString());
        var entryId = created.GetProperty("id").GetInt32();
        var updated = (await RunAsync("05_docs_save_media_list_entry", new { listEntryId = entryId, status = "COMPLETED" }, token))
            .GetProperty("SaveMediaListEntry");
        Assert.Equal(entryId, updated.GetProperty("id").GetInt32());
        Assert.Equal("COMPLETED", updated.GetProperty("status").GetString());

        var docsCollection = await RunAsync("04_docs_medialistcollection", new { type = "ANIME", userId = user.Id });
        var entry = docsCollection.GetProperty("MediaListCollection").GetProperty("lists").EnumerateArray()
            .SelectMany(l => l.GetProperty("entries").EnumerateArray()).Single();
        Assert.Equal(Teekyuu, entry.GetProperty("media").GetProperty("id").GetInt32());

        var nodeCollection = await RunAsync("17_anilistnode_medialistcollection_anime", new { id = user.Id, type = "ANIME" }, token);
        var group = Assert.Single(nodeCollection.GetProperty("MediaListCollection").GetProperty("lists").EnumerateArray());
        Assert.Equal("COMPLETED", group.GetProperty("status").GetString());
        var nodeEntry = Assert.Single(group.GetProperty("entries").EnumerateArray());
        Assert.Equal("てーきゅう", nodeEntry.GetProperty("media").GetProperty("title").GetProperty("native").GetString());
        Assert.Equal(JsonValueKind.Array, nodeEntry.GetProperty("media").GetProperty("tags").ValueKind);
        Assert.False(nodeEntry.GetProperty("media").GetProperty("isFavourite").GetBoolean());

        var favourites = await RunAsync("18_anilistnode_toggle_favourite_anime", new { mediaID = Teekyuu }, token);
        var nodes = favourites.GetProperty("ToggleFavourite").GetProperty("anime").GetProperty("nodes").EnumerateArray();
        Assert.Contains(nodes, n => n.GetProperty("id").GetInt32() == Teekyuu);

        // anilist-node interpolates the id into the document: no variables at all.
        var inline = (await DocumentAsync("19_anilistnode_delete_entry_inline_args")).Replace("12345", entryId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var deleted = await PostAsync(inline, null, token);
        Assert.True(deleted.GetProperty("DeleteMediaListEntry").GetProperty("deleted").GetBoolean());
    }

    private async Task<JsonElement> RunAsync(string name, object variables, string? token = null) =>
        await PostAsync(await DocumentAsync(name), variables, token);

    private async Task<JsonElement> PostAsync(string document, object? variables, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = JsonContent.Create(new { query = document, variables }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await app.CreateClient().SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(response.StatusCode == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").Clone();
    }

    private static Task<string> DocumentAsync(string name) =>
        File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "GraphQL", "ClientQueries", name + ".graphql"));
}
