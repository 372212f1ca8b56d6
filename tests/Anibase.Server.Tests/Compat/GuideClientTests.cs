using System.Globalization;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Anibase.Server.Tests.Compat;

/// <summary>
/// AniList's developer-guide snippets (Node.js with <c>request</c>, PHP with Guzzle), run unchanged as
/// the third-party clients they are, against the server on a real socket.
/// </summary>
public sealed class GuideClientTests(RealSocketApp app) : IClassFixture<RealSocketApp>
{
    private static readonly TimeSpan SnippetTimeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("node", "/graphql")]
    [InlineData("php", "/graphql")]
    [InlineData("node", "/")] // graphql.anilist.co serves the API at its root.
    [InlineData("php", "/")]
    public async Task GuideSnippet_ApprovedCode_PrintsUsersTokenAndViewerName(string language, string graphQLPath)
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(owner: user);
        var code = await GetCodeAsync(user, client.ClientId);

        var result = await RunSnippetAsync(language, graphQLPath, client.ClientId, client.ClientSecret, code);

        Assert.True(result.ExitCode == 0, result.ToString());
        var accessToken = PrintedValue(result, "access_token");
        Assert.True(new JsonWebTokenHandler().CanReadToken(accessToken), $"The access token is not a JWT.\n{result}");
        Assert.Equal(user.Id.ToString(CultureInfo.InvariantCulture), new JsonWebToken(accessToken).Subject);
        Assert.Equal(user.Name, PrintedValue(result, "viewer"));
    }

    [Theory]
    [InlineData("node")]
    [InlineData("php")]
    public async Task GuideSnippet_WrongClientSecret_FailsWithServersInvalidClientError(string language)
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(owner: user);
        var code = await GetCodeAsync(user, client.ClientId);

        var result = await RunSnippetAsync(language, "/graphql", client.ClientId, "not-the-secret", code);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.False(result.StandardOutput.Contains("access_token=", StringComparison.Ordinal), result.ToString());
        Assert.True(result.StandardError.Contains("token request failed", StringComparison.Ordinal), result.ToString());
        Assert.True(result.StandardError.Contains("invalid_client", StringComparison.Ordinal), result.ToString());
    }

    private async Task<string> GetCodeAsync(TestUser user, int clientId)
    {
        using var browser = app.CreateBrowser();
        return await new OAuthBrowser(browser).GetCodeAsync(user, clientId);
    }

    private Task<ProcessResult> RunSnippetAsync(string language, string graphQLPath, int clientId, string clientSecret, string code)
    {
        var script = Path.Combine(PostgresServer.RepositoryRoot(), "tests", "compat", language, "guide-token." + (language == "node" ? "js" : "php"));
        RequireDependencies(language);
        var environment = new Dictionary<string, string>
        {
            ["ANIBASE_TOKEN_URL"] = new Uri(app.ServerAddress, "/api/v2/oauth/token").ToString(),
            ["ANIBASE_GRAPHQL_URL"] = new Uri(app.ServerAddress, graphQLPath).ToString(),
            ["CLIENT_ID"] = clientId.ToString(CultureInfo.InvariantCulture),
            ["CLIENT_SECRET"] = clientSecret,
            ["REDIRECT_URI"] = TestData.DefaultRedirectUri,
            ["CODE"] = code,
            // Both HTTP libraries honour proxy variables; the server is on this machine.
            ["NO_PROXY"] = "127.0.0.1,localhost",
            ["no_proxy"] = "127.0.0.1,localhost",
        };
        return ChildProcess.RunAsync(language, [script], environment, SnippetTimeout, Path.GetDirectoryName(script));
    }

    private static void RequireDependencies(string language)
    {
        var dependency = language == "node"
            ? Path.Combine(PostgresServer.RepositoryRoot(), "tests", "compat", "node", "node_modules", "request")
            : "/usr/share/php/GuzzleHttp/autoload.php";
        Assert.True(Path.Exists(dependency),
            $"{dependency} is missing: run scripts/install-test-deps.sh to install the {language} client's dependencies.");
    }

    private static string PrintedValue(ProcessResult result, string name)
    {
        var line = result.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r'))
            .FirstOrDefault(l => l.StartsWith(name + "=", StringComparison.Ordinal));
        Assert.True(line is not null, $"No '{name}=' line on stdout.\n{result}");
        return line[(name.Length + 1)..];
    }
}
