using System.Globalization;
using System.Net;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Lists;

/// <summary><c>DeleteMediaListEntry</c>, inline as anilist-node sends it (query 19).</summary>
public sealed class DeleteMediaListEntryTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    private readonly ListApi api = new(app);

    [Fact]
    public async Task DeleteMediaListEntry_OwnEntryInlineId_DeletesIt()
    {
        var user = await api.SignInAsync();
        var id = await api.SaveAsync(user, await api.AddMediaAsync());

        // anilist-node pastes the id into its document.
        var document = ListApi.ClientQuery("19_anilistnode_delete_entry_inline_args").Replace("12345", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var deleted = await api.DataAsync(document, user: user);

        Assert.True(deleted.GetProperty("deleted").GetBoolean());
        Assert.Null(await api.FindEntryAsync(id));
    }

    [Fact]
    public async Task DeleteMediaListEntry_AnotherUsersEntry_Is403AndKeepsIt()
    {
        var owner = await api.SignInAsync();
        var intruder = await api.SignInAsync();
        var id = await api.SaveAsync(owner, await api.AddMediaAsync());

        var (response, body) = await api.PostAsync($"mutation {{ DeleteMediaListEntry(id:{id}) {{ deleted }} }}", user: intruder);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(403, body.GetProperty("errors")[0].GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("DeleteMediaListEntry").ValueKind);
        Assert.NotNull(await api.FindEntryAsync(id));
    }

    [Fact]
    public async Task DeleteMediaListEntry_EntryThatDoesNotExist_Is404()
    {
        var user = await api.SignInAsync();

        var (response, body) = await api.PostAsync("mutation { DeleteMediaListEntry(id:12345) { deleted } }", user: user);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task DeleteMediaListEntry_WithoutToken_Is401AndKeepsIt()
    {
        var owner = await api.SignInAsync();
        var id = await api.SaveAsync(owner, await api.AddMediaAsync());

        var (response, _) = await api.PostAsync($"mutation {{ DeleteMediaListEntry(id:{id}) {{ deleted }} }}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotNull(await api.FindEntryAsync(id));
    }
}
