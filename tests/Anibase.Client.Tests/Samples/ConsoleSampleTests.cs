using System.Globalization;
using Anibase.Client.GraphQL;
using Anibase.Client.Tests.Infrastructure;
using Anibase.Samples.Console;

namespace Anibase.Client.Tests.Samples;

/// <summary>The console sample, run as its README says against a live server, with the test playing the system browser.</summary>
[Collection(LiveServerTests.Name)]
public sealed class ConsoleSampleTests(LiveServer server)
{
    [Fact]
    public async Task LogsInThroughTheBrowser_PrintsTheViewerAndTheirList()
    {
        var redirect = new Uri($"http://127.0.0.1:{LiveServer.FreePort()}/callback");
        var client = await server.Accounts.CreateClientAsync(redirect);
        var existing = await server.LogInAsync();
        await new AniListGraphQLClient(new HttpClient(), new AniListGraphQLOptions { GraphQLUrl = server.Endpoints.GraphQLUrl })
            .QueryAsync<System.Text.Json.JsonElement>("mutation { SaveMediaListEntry(mediaId: 10087, status: CURRENT, progress: 4) { id } }",
                accessToken: existing.AccessToken);
        using var browser = server.CreateUserBrowser();
        await browser.LogInAsync(existing.User);
        Task? visit = null;
        var output = new StringWriter();

        await ConsoleSample.RunAsync(
            new ConsoleSettings(server.Endpoints, client.ClientId.ToString(CultureInfo.InvariantCulture), client.ClientSecret, redirect),
            output,
            (url, cancellationToken) =>
            {
                visit = Task.Run(async () =>
                {
                    using var http = new HttpClient();
                    (await http.GetAsync(await browser.AuthorizeAsync(url))).EnsureSuccessStatusCode();
                }, cancellationToken);
                return Task.CompletedTask;
            },
            CancellationToken.None);
        await visit!;

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.StartsWith(server.Endpoints.AuthorizeUrl.ToString(), lines[1], StringComparison.Ordinal);
        Assert.Equal($"Logged in as {existing.User.Name} (user {existing.User.Id}).", lines[2]);
        Assert.Equal("Watching:", lines[3]);
        // bangumi-data has no episode counts, so progress stands alone.
        Assert.Equal("  Fate/Zero  4", lines[4]);
    }
}
