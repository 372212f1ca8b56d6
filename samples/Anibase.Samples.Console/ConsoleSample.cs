using Anibase.Client.GraphQL;
using Anibase.Client.Logins;
using Anibase.Client.OAuth;

namespace Anibase.Samples.Console;

/// <summary>
/// A command-line app that logs in with the loopback helper and prints who you are and your anime
/// list. A class, not top-level statements, so that tests can run it beside the server (which owns
/// the global <c>Program</c>).
/// </summary>
public static class ConsoleSample
{
    public const string ViewerQuery = "query { Viewer { id name siteUrl } }";

    public const string ListQuery = """
        query ($userId: Int) {
          MediaListCollection(userId: $userId, type: ANIME) {
            lists { name entries { progress score media { id episodes title { userPreferred english native } } } }
          }
        }
        """;

    public static async Task<int> Main()
    {
        try
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await RunAsync(ConsoleSettings.FromEnvironment(), System.Console.Out, openBrowser: null, cancellation.Token);
            return 0;
        }
        catch (Exception exception) when (exception is InvalidOperationException or Anibase.Client.AniListException or OperationCanceledException or HttpRequestException)
        {
            await System.Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    /// <summary>The whole program: log in, then two queries. <paramref name="openBrowser"/> replaces the system browser (tests play it).</summary>
    public static async Task RunAsync(ConsoleSettings settings, TextWriter output, Func<Uri, CancellationToken, Task>? openBrowser, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var oauth = new AniListOAuthClient(http, new AniListOAuthOptions
        {
            ClientId = settings.ClientId,
            ClientSecret = settings.ClientSecret,
            Endpoints = settings.Endpoints,
        });
        var login = new LoopbackLogin(oauth, settings.RedirectUri)
        {
            OpenBrowser = async (url, ct) =>
            {
                // Printed too: a machine without a desktop cannot open a browser, its user can.
                await output.WriteLineAsync($"Log in in your browser; if none opens, go to:{Environment.NewLine}{url}");
                await (openBrowser ?? LoopbackLogin.OpenSystemBrowserAsync)(url, ct);
            },
        };
        var token = await login.LoginAsync(cancellationToken);

        var graphQL = new AniListGraphQLClient(http, new AniListGraphQLOptions { GraphQLUrl = settings.Endpoints.GraphQLUrl, RetryOnRateLimit = true });
        var viewer = (await graphQL.QueryAsync<ViewerData>(ViewerQuery, accessToken: token.AccessToken, cancellationToken: cancellationToken)).Viewer;
        await output.WriteLineAsync($"Logged in as {viewer.Name} (user {viewer.Id}).");

        var lists = await graphQL.QueryAsync<ListData>(ListQuery, new { userId = viewer.Id }, token.AccessToken, cancellationToken);
        if (lists.MediaListCollection.Lists.Count == 0)
        {
            await output.WriteLineAsync("Your anime list is empty.");
        }

        foreach (var list in lists.MediaListCollection.Lists)
        {
            await output.WriteLineAsync($"{list.Name}:");
            foreach (var entry in list.Entries)
            {
                var episodes = entry.Media.Episodes is { } total ? $"{entry.Progress}/{total}" : $"{entry.Progress}";
                await output.WriteLineAsync($"  {entry.Media.Title}  {episodes}");
            }
        }
    }
}
