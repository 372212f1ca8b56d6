using System.Net;
using System.Text.Json;
using Anibase.Server.Tests.Compat;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Cli;

/// <summary>The admin commands of the real server executable, and a client they create, used end to end.</summary>
public sealed class AdminCommandTests
{
    private const string Password = "correct horse 1";
    private const string SecondRedirectUri = "myapp://auth/callback";

    [Fact]
    public async Task Migrate_FreshDataDirectory_CreatesDatabaseAndExitsZero()
    {
        await using var server = new ServerExecutable();

        var result = await server.RunAsync("migrate");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "anibase.db")), result.ToString());
        Assert.Equal("The database is up to date.", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task UsersCreate_ValidInput_PrintsJsonWithIdAndName()
    {
        await using var server = new ServerExecutable();

        var result = await server.RunAsync("users", "create", "--name", "miyuki", "--email", "miyuki@example.com", "--password", Password);

        var user = JsonOutput(result);
        Assert.Equal("miyuki", user.GetProperty("name").GetString());
        Assert.True(user.GetProperty("id").TryGetInt32(out var id) && id > 0, result.ToString());
    }

    [Fact]
    public async Task UsersCreate_TooShortPassword_FailsWithReasonOnStderr()
    {
        await using var server = new ServerExecutable();

        var result = await server.RunAsync("users", "create", "--name", "miyuki", "--email", "miyuki@example.com", "--password", "abc1");

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.True(result.StandardError.Contains("at least 8 characters", StringComparison.Ordinal), result.ToString());
        Assert.True(result.StandardOutput.Length == 0, result.ToString());
    }

    [Fact]
    public async Task ClientsCreate_ExistingOwner_PrintsSequentialIdsAndFortyCharacterSecrets()
    {
        await using var server = new ServerExecutable();
        await CreateUserAsync(server, "kaguya");

        var first = JsonOutput(await server.RunAsync("clients", "create", "--owner", "kaguya", "--name", "Tracker", "--redirect-uri", TestData.DefaultRedirectUri));
        var second = JsonOutput(await server.RunAsync("clients", "create", "--owner", "kaguya", "--name", "Other", "--redirect-uri", TestData.DefaultRedirectUri));

        var firstId = first.GetProperty("client_id").GetInt32();
        Assert.Equal(firstId + 1, second.GetProperty("client_id").GetInt32());
        foreach (var client in new[] { first, second })
        {
            Assert.Matches("^[A-Za-z0-9]{40}$", client.GetProperty("client_secret").GetString());
        }

        Assert.NotEqual(first.GetProperty("client_secret").GetString(), second.GetProperty("client_secret").GetString());
    }

    [Fact]
    public async Task ClientsCreate_UnknownOwner_FailsWithMessageAndPrintsNoJson()
    {
        await using var server = new ServerExecutable();

        var result = await server.RunAsync("clients", "create", "--owner", "nobody", "--name", "Tracker", "--redirect-uri", TestData.DefaultRedirectUri);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.True(result.StandardError.Contains("No user is named 'nobody'", StringComparison.Ordinal), result.ToString());
        Assert.False(result.StandardOutput.Contains("client_id", StringComparison.Ordinal), result.ToString());
    }

    [Fact]
    public async Task ClientsCreate_CommaSeparatedRedirectUris_ServedAppRedirectsToEach()
    {
        await using var server = new ServerExecutable();
        var user = await CreateUserAsync(server, "chika");
        var client = JsonOutput(await server.RunAsync("clients", "create", "--owner", "chika", "--name", "Tracker",
            "--redirect-uri", $"{TestData.DefaultRedirectUri},{SecondRedirectUri}"));
        var clientId = client.GetProperty("client_id").GetInt32();
        var address = await server.ServeAsync();

        foreach (var redirectUri in new[] { TestData.DefaultRedirectUri, SecondRedirectUri })
        {
            using var browser = SocketBrowser.Create(address);
            // The same user each time: prompt=consent shows the page again, as on a first visit.
            var response = await new OAuthBrowser(browser).AuthorizeAsync(user, OAuthBrowser.AuthorizeUrl(clientId, redirectUri) + "&prompt=consent");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(redirectUri + "?code=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ClientsCreate_PrintedSecret_ExchangesCodeForTokenThatReadsViewerOnServedApp()
    {
        await using var server = new ServerExecutable();
        var user = await CreateUserAsync(server, "ishigami");
        var client = JsonOutput(await server.RunAsync("clients", "create", "--owner", "ishigami", "--name", "Tracker", "--redirect-uri", TestData.DefaultRedirectUri));
        var clientId = client.GetProperty("client_id").GetInt32();
        var address = await server.ServeAsync();
        using var browser = SocketBrowser.Create(address);
        var code = await new OAuthBrowser(browser).GetCodeAsync(user, clientId);

        using var http = new HttpClient { BaseAddress = address };
        var token = await TokenRequests.FormAsync(http, TokenRequests.CodeGrant(clientId, client.GetProperty("client_secret").GetString()!, code));

        var tokenBody = await token.Content.ReadAsStringAsync();
        Assert.True(token.StatusCode == HttpStatusCode.OK, tokenBody);
        var accessToken = JsonDocument.Parse(tokenBody).RootElement.GetProperty("access_token").GetString();
        var (response, body) = await GraphQLCalls.PostAsync(http, GraphQLCalls.ViewerQuery, accessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(user.Id, body.GetProperty("data").GetProperty("Viewer").GetProperty("id").GetInt32());
        Assert.Equal("ishigami", body.GetProperty("data").GetProperty("Viewer").GetProperty("name").GetString());
    }

    internal static async Task<TestUser> CreateUserAsync(ServerExecutable server, string name)
    {
        var user = JsonOutput(await server.RunAsync("users", "create", "--name", name, "--email", $"{name}@example.com", "--password", Password));
        return new TestUser(user.GetProperty("id").GetInt32(), name, Password);
    }

    /// <summary>A command's stdout is its JSON result and nothing else (logs go to stderr).</summary>
    internal static JsonElement JsonOutput(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        try
        {
            return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
        }
        catch (JsonException e)
        {
            Assert.Fail($"stdout is not JSON ({e.Message}).\n{result}");
            throw;
        }
    }
}
