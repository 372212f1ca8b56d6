using System.Globalization;
using System.Net;
using System.Text.Json;
using Anibase.Server.Developers;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Compat;

/// <summary>
/// A client built on oauth4webapi (<c>tests/compat/node/oauth4webapi-flow.mjs</c>), a library that
/// follows the OAuth RFCs to the letter, logs in against the server on a real socket: discovery,
/// the code flow with PKCE and state, the <c>iss</c> check, the code exchange, an API call and
/// revocation. The test is the user's browser in between: it logs in and approves over HTTP.
/// </summary>
public sealed class OAuth4WebApiClientTests(RealSocketApp app) : IClassFixture<RealSocketApp>
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("client_secret_post")]
    [InlineData("client_secret_basic")]
    [InlineData("none")] // A public client: no secret, PKCE alone proves it.
    public async Task CodeFlowWithPkce_UserApproves_TokenReadsViewerUntilTheAppRevokesIt(string clientAuthentication)
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(
            name: "oauth4webapi app", features: new ClientFeatures(IsPublic: clientAuthentication == "none"));
        await using var script = StartScript(client.ClientId, client.ClientSecret, clientAuthentication);

        var authorizationUrl = (await ReadAsync(script, "authorize")).GetString()!;
        Assert.StartsWith(new Uri(app.ServerAddress, "api/v2/oauth/authorize?").ToString(), authorizationUrl, StringComparison.Ordinal);
        var callback = await ApproveAsync(user, authorizationUrl);
        await script.WriteLineAsync(callback);
        var result = await script.WaitForExitAsync(ScriptTimeout);

        Assert.True(result.ExitCode == 0, result.ToString());
        var outcome = Printed(result, "result");
        var issuer = app.ServerAddress.ToString();
        Assert.Equal(issuer, outcome.GetProperty("issuer").GetString());
        // RFC 9207: the authorization response names its issuer, and says in its metadata that it does.
        Assert.Equal(issuer, outcome.GetProperty("iss").GetString());
        Assert.True(outcome.GetProperty("authorization_response_iss_parameter_supported").GetBoolean(), result.ToString());
        Assert.Equal(["S256"], outcome.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(new Uri(app.ServerAddress, "api/v2/oauth/revoke").ToString(), outcome.GetProperty("revocation_endpoint").GetString());
        Assert.Equal("bearer", outcome.GetProperty("token_type").GetString());
        Assert.Equal(31_536_000, outcome.GetProperty("expires_in").GetInt64());
        var viewer = outcome.GetProperty("viewer");
        Assert.Equal(user.Id, viewer.GetProperty("id").GetInt32());
        Assert.Equal(user.Name, viewer.GetProperty("name").GetString());

        // Revoked by the app, refused at once (the same server process took the revocation): AniList's
        // answer to any query with a dead token.
        using var api = new HttpClient { BaseAddress = app.ServerAddress };
        var (refused, body) = await GraphQLCalls.PostAsync(api, GraphQLCalls.ViewerQuery, outcome.GetProperty("access_token").GetString());
        Assert.True(refused.StatusCode == HttpStatusCode.BadRequest,
            $"The revoked token still works: HTTP {(int)refused.StatusCode} {body}");
        Assert.Equal("Invalid token", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(400, body.GetProperty("errors")[0].GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task CodeExchange_WrongSecret_LibraryReadsTheServersInvalidClientError()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(name: "oauth4webapi app");
        await using var script = StartScript(client.ClientId, "not-the-secret", "client_secret_post");

        var authorizationUrl = (await ReadAsync(script, "authorize")).GetString()!;
        await script.WriteLineAsync(await ApproveAsync(user, authorizationUrl));
        var result = await script.WaitForExitAsync(ScriptTimeout);

        Assert.True(result.ExitCode == 1, result.ToString());
        var failed = Printed(result, "failed");
        Assert.Equal("code exchange", failed.GetProperty("step").GetString());
        // oauth4webapi read RFC 6749's error, from the body or from a 401's WWW-Authenticate challenge.
        Assert.Equal("invalid_client", failed.GetProperty("error").GetString());
        Assert.InRange(failed.GetProperty("status").GetInt32(), 400, 401);
    }

    private ChildProcess StartScript(int clientId, string clientSecret, string clientAuthentication)
    {
        var directory = Path.Combine(PostgresServer.RepositoryRoot(), "tests", "compat", "node");
        Assert.True(Path.Exists(Path.Combine(directory, "node_modules", "oauth4webapi")),
            "oauth4webapi is missing: run scripts/install-test-deps.sh to install the Node clients' dependencies.");
        var environment = new Dictionary<string, string>
        {
            ["ISSUER"] = app.ServerAddress.ToString(),
            ["GRAPHQL_URL"] = new Uri(app.ServerAddress, "graphql").ToString(),
            ["CLIENT_ID"] = clientId.ToString(CultureInfo.InvariantCulture),
            ["CLIENT_SECRET"] = clientSecret,
            ["CLIENT_AUTH"] = clientAuthentication,
            ["REDIRECT_URI"] = TestData.DefaultRedirectUri,
            ["NO_PROXY"] = "127.0.0.1,localhost",
            ["no_proxy"] = "127.0.0.1,localhost",
        };
        return ChildProcess.Start("node", [Path.Combine(directory, "oauth4webapi-flow.mjs")], environment, directory);
    }

    /// <summary>The browser: logs in, opens the app's authorization URL, approves; where it is sent back to.</summary>
    private async Task<string> ApproveAsync(TestUser user, string authorizationUrl)
    {
        using var http = SocketBrowser.Create(app.ServerAddress);
        var approved = await new OAuthBrowser(http).AuthorizeAsync(user, authorizationUrl);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        // As sent: Uri.ToString() would unescape the query.
        var callback = approved.Headers.Location!.OriginalString;
        Assert.StartsWith(TestData.DefaultRedirectUri + "?", callback, StringComparison.Ordinal);
        return callback;
    }

    /// <summary>The value of the first <c>{"<paramref name="name"/>": …}</c> line the running script prints.</summary>
    private static async Task<JsonElement> ReadAsync(ChildProcess script, string name)
    {
        var line = await script.WaitForOutputLineAsync(l => IsMember(l, name), ScriptTimeout);
        Assert.True(line is not null, $"The script printed no '{name}' line.\n{script}");
        return JsonDocument.Parse(line).RootElement.GetProperty(name).Clone();
    }

    private static JsonElement Printed(ProcessResult result, string name)
    {
        var line = result.StandardOutput.Split('\n').FirstOrDefault(l => IsMember(l, name));
        Assert.True(line is not null, $"No '{name}' line on stdout.\n{result}");
        return JsonDocument.Parse(line).RootElement.GetProperty(name).Clone();
    }

    private static bool IsMember(string line, string name) =>
        line.StartsWith($"{{\"{name}\":", StringComparison.Ordinal);
}
