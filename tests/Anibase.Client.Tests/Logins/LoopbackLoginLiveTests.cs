using System.Net;
using AngleSharp.Html.Parser;
using Anibase.Client.Logins;
using Anibase.Client.OAuth;
using Anibase.Client.Tests.Infrastructure;

namespace Anibase.Client.Tests.Logins;

/// <summary>
/// The loopback login of a desktop app against a live server: the test plays the system browser
/// (open the authorize URL, approve, follow the redirect to the app's loopback address) while the
/// library listens on 127.0.0.1.
/// </summary>
[Collection(LiveServerTests.Name)]
public sealed class LoopbackLoginLiveTests(LiveServer server)
{
    [Fact]
    public async Task Approve_ReturnsTheUsersTokenAndTellsTheBrowserToCloseTheTab()
    {
        var (user, login, browser) = await StartAsync();

        var token = await login.LoginAsync();
        var page = await browser.Page;

        Assert.Equal(user.Id, AniListAccessToken.Parse(token.AccessToken).UserId);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Logged in", page.Heading);
        Assert.Contains("You can close this tab", page.Text, StringComparison.Ordinal);
        Assert.Equal("no-store", page.CacheControl);
    }

    [Fact]
    public async Task WithPkce_TheServerAcceptsTheVerifier()
    {
        var (user, login, browser) = await StartAsync(usePkce: true);

        var token = await login.LoginAsync();

        Assert.Equal(user.Id, AniListAccessToken.Parse(token.AccessToken).UserId);
        Assert.Contains("code_challenge=", browser.OpenedUrl!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deny_ThrowsAccessDeniedAndTheBrowserIsToldSo()
    {
        var (_, login, browser) = await StartAsync(decision: "deny");

        var error = await Assert.ThrowsAsync<AniListOAuthException>(() => login.LoginAsync());
        var page = await browser.Page;

        Assert.Equal("access_denied", error.Error);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Not logged in", page.Heading);
        Assert.Contains("did not allow", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherPathsFirst_AreAnswered404AndTheLoginGoesOn()
    {
        var (user, login, browser) = await StartAsync(askForFavicon: true);

        var token = await login.LoginAsync();

        Assert.Equal(HttpStatusCode.NotFound, browser.FaviconStatus);
        Assert.Equal(user.Id, AniListAccessToken.Parse(token.AccessToken).UserId);
    }

    [Fact]
    public async Task Cancelled_StopsListening()
    {
        var redirect = new Uri($"http://127.0.0.1:{LiveServer.FreePort()}/callback");
        var client = await server.Accounts.CreateClientAsync(redirect);
        using var cancellation = new CancellationTokenSource();
        var login = new LoopbackLogin(server.OAuthClient(client), redirect)
        {
            // A user who never comes back: the app gives up.
            OpenBrowser = (_, _) => cancellation.CancelAsync(),
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => login.LoginAsync(cancellation.Token));

        using var again = new HttpListener();
        again.Prefixes.Add($"http://127.0.0.1:{redirect.Port}/");
        again.Start();
    }

    [Theory]
    [InlineData("https://127.0.0.1:5091/callback")]
    [InlineData("http://example.com:5091/callback")]
    [InlineData("http://127.0.0.1/callback")]
    public void NotAnHttpLoopbackAddressWithAPort_IsRefused(string redirect) =>
        Assert.Throws<ArgumentException>(() => new LoopbackLogin(new AniListOAuthClient(new HttpClient(), new AniListOAuthOptions()), new Uri(redirect)));

    private async Task<(TestUser User, LoopbackLogin Login, PlayedBrowser Browser)> StartAsync(
        bool usePkce = false, string decision = "approve", bool askForFavicon = false)
    {
        var redirect = new Uri($"http://127.0.0.1:{LiveServer.FreePort()}/callback");
        var user = await server.Accounts.CreateUserAsync();
        var client = await server.Accounts.CreateClientAsync(redirect);
        var userBrowser = server.CreateUserBrowser();
        await userBrowser.LogInAsync(user);
        var browser = new PlayedBrowser(userBrowser, decision, askForFavicon);
        var login = new LoopbackLogin(server.OAuthClient(client), redirect) { OpenBrowser = browser.Open, UsePkce = usePkce };
        return (user, login, browser);
    }

    public sealed record LoopbackPage(HttpStatusCode Status, string? Heading, string Text, string? CacheControl);

    /// <summary>
    /// The system browser: opening returns at once (as launching one does) while the page loads,
    /// the user answers the approval page, and the browser follows the redirect to the app.
    /// </summary>
    private sealed class PlayedBrowser(UserBrowser browser, string decision, bool askForFavicon)
    {
        public Uri? OpenedUrl { get; private set; }

        public HttpStatusCode? FaviconStatus { get; private set; }

        public Task<LoopbackPage> Page { get; private set; } = Task.FromException<LoopbackPage>(new InvalidOperationException("Never opened."));

        public Task Open(Uri url, CancellationToken cancellationToken)
        {
            OpenedUrl = url;
            Page = Task.Run(() => VisitAsync(url), cancellationToken);
            return Task.CompletedTask;
        }

        private async Task<LoopbackPage> VisitAsync(Uri url)
        {
            var redirect = await browser.AuthorizeAsync(url, decision);
            using var http = new HttpClient();
            if (askForFavicon)
            {
                FaviconStatus = (await http.GetAsync(new Uri(redirect, "/favicon.ico"))).StatusCode;
            }

            var response = await http.GetAsync(redirect);
            var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            return new LoopbackPage(response.StatusCode, document.QuerySelector("h1")?.TextContent, document.Body!.TextContent,
                response.Headers.CacheControl?.ToString());
        }
    }
}
