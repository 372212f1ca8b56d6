using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Anibase.Data;
using Anibase.Data.Catalog;
using Anibase.Data.Lists;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.Lists;

/// <summary>A signed-in user of the tests: who they are and their bearer token.</summary>
public sealed record ListUser(int Id, string Name, string Token);

/// <summary>
/// The GraphQL API as a list client uses it (documents with variables, a bearer token), and
/// catalog rows inserted directly with ids of the tests' own, so no test needs the catalog import.
/// </summary>
public sealed class ListApi(AnibaseApp app)
{
    private static int nextMediaId = 900_000;

    /// <summary>A real client's document, as the tests' ClientQueries folder keeps it (e.g. "05_docs_save_media_list_entry").</summary>
    public static string ClientQuery(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GraphQL", "ClientQueries", name + ".graphql"));

    public async Task<ListUser> SignInAsync()
    {
        var (user, _, token) = await app.IssueTokenAsync();
        return new ListUser(user.Id, user.Name, token);
    }

    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string query, object? variables = null, ListUser? user = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (user is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        }

        var response = await app.CreateClient().SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response, body);
    }

    /// <summary>The value of a root field of a request that must succeed.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, ListUser? user = null)
    {
        var (response, body) = await PostAsync(query, variables, user);
        Assert.True(response.IsSuccessStatusCode && !body.TryGetProperty("errors", out _), body.ToString());
        return body.GetProperty("data").EnumerateObject().Single().Value;
    }

    public async Task<int> AddMediaAsync(string format = "TV", string? title = null, string type = "ANIME")
    {
        var id = Interlocked.Increment(ref nextMediaId);
        await WithDbAsync(db =>
        {
            db.Media.Add(new Media { Id = id, TitleNative = title ?? $"Title {id}", TitleRomaji = title ?? $"Title {id}", Format = format, Type = type });
            return db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>Adds an entry through the API, as the user; answers its id.</summary>
    public async Task<int> SaveAsync(ListUser user, int mediaId, string arguments = "")
    {
        var entry = await DataAsync($"mutation {{ SaveMediaListEntry(mediaId: {mediaId} {arguments}) {{ id }} }}", user: user);
        return entry.GetProperty("id").GetInt32();
    }

    public Task<MediaListEntry?> FindEntryAsync(int id) =>
        WithDbAsync(db => db.MediaListEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id));

    public Task<T> WithDbAsync<T>(Func<AnibaseDbContext, Task<T>> action) =>
        app.Data.WithScopeAsync(services => action(services.GetRequiredService<AnibaseDbContext>()));
}
