using System.Net;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;
using static Anibase.Server.Tests.Cli.AdminCommandTests;

namespace Anibase.Server.Tests.Cli;

/// <summary><c>clients list|update|regenerate-secret|delete</c> on the real executable, and their effect on a serving process.</summary>
public sealed class ClientCommandTests
{
    [Fact]
    public async Task CreatePublicClient_ThenUpdateAndList_ShowTheChanges()
    {
        await using var server = new ServerExecutable();
        await CreateUserAsync(server, "fujiwara");

        var created = JsonOutput(await server.RunAsync("clients", "create", "--owner", "fujiwara", "--name", "Pocket",
            "--redirect-uri", "pocket://cb", "--public", "--no-implicit", "--refresh-tokens"));
        var id = created.GetProperty("client_id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var updated = JsonOutput(await server.RunAsync("clients", "update", id, "--name", "Pocket 2", "--redirect-uri", "pocket://v2", "--implicit", "true"));
        var listed = await server.RunAsync("clients", "list");

        Assert.Equal(JsonValueKind.Null, created.GetProperty("client_secret").ValueKind);
        Assert.Equal("Pocket 2", updated.GetProperty("name").GetString());
        Assert.Equal(["pocket://v2"], updated.GetProperty("redirect_uris").EnumerateArray().Select(u => u.GetString()));
        Assert.True(updated.GetProperty("public").GetBoolean());
        Assert.True(updated.GetProperty("implicit").GetBoolean());
        Assert.True(updated.GetProperty("refresh_tokens").GetBoolean());
        var line = Assert.Single(listed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(updated.GetRawText(), JsonDocument.Parse(line).RootElement.GetRawText());
    }

    [Fact]
    public async Task UpdateDeleteRegenerate_UnknownClient_FailWithMessage()
    {
        await using var server = new ServerExecutable();

        foreach (var command in new[] { new[] { "update", "99", "--name", "x" }, ["delete", "99"], ["regenerate-secret", "99"] })
        {
            var result = await server.RunAsync(["clients", .. command]);
            Assert.True(result.ExitCode != 0, result.ToString());
            Assert.True(result.StandardError.Contains("99", StringComparison.Ordinal), result.ToString());
        }
    }

    [Fact]
    public async Task RegenerateSecretAndDelete_WhileServing_OldSecretRefusedThenEveryTokenRefused()
    {
        await using var server = new ServerExecutable();
        var user = await CreateUserAsync(server, "shirogane");
        var client = JsonOutput(await server.RunAsync("clients", "create", "--owner", "shirogane", "--name", "Tracker", "--redirect-uri", TestData.DefaultRedirectUri));
        var id = client.GetProperty("client_id").GetInt32();
        var oldSecret = client.GetProperty("client_secret").GetString()!;
        var address = await server.ServeAsync();
        using var browser = SocketBrowser.Create(address);
        using var http = new HttpClient { BaseAddress = address };
        var oauth = new OAuthBrowser(browser);
        var token = await GuideFlow.AccessTokenOf(await TokenRequests.FormAsync(http, TokenRequests.CodeGrant(id, oldSecret, await oauth.GetCodeAsync(user, id))));

        var newSecret = JsonOutput(await server.RunAsync("clients", "regenerate-secret", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .GetProperty("client_secret").GetString()!;
        var withOld = await TokenRequests.FormAsync(http, TokenRequests.CodeGrant(id, oldSecret, await NextCodeAsync(oauth, id)));
        var withNew = await TokenRequests.FormAsync(http, TokenRequests.CodeGrant(id, newSecret, await NextCodeAsync(oauth, id)));
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);

        JsonOutput(await server.RunAsync("clients", "delete", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // Another process did the deleting, so the serving one notices when its short token-status
        // cache (5 s) runs out; give it twice that.
        var refused = false;
        for (var attempt = 0; attempt < 20 && !refused; attempt++)
        {
            var (response, _) = await GraphQLCalls.PostAsync(http, GraphQLCalls.ViewerQuery, token);
            refused = response.StatusCode == HttpStatusCode.BadRequest;
            if (!refused)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }

        Assert.True(refused, "The deleted client's token still worked 10 s after the deletion.");
    }

    private static async Task<string> NextCodeAsync(OAuthBrowser browser, int clientId) =>
        OAuthBrowser.ParseRedirect(await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(clientId, TestData.DefaultRedirectUri)))["code"];
}
