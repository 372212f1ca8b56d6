using System.Net;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.OAuth;

/// <summary>What the user sees when an authorization request is wrong, and where (never) they are sent.</summary>
public sealed class AuthorizationErrorTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task Authorize_UnknownClient_ShowsErrorPageAndNeverRedirectsToTheUri()
    {
        var user = await app.Data.CreateUserAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(user);

        var response = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(987_654, "https://evil.example/steal"));

        await AssertErrorPageAsync(browser, response);
    }

    [Fact]
    public async Task Authorize_UnregisteredRedirectUri_ShowsErrorPageAndNeverRedirectsToTheUri()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(redirectUris: ["https://app.example/callback"]);
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(user);

        var response = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, "https://app.example/callback/../evil"));

        await AssertErrorPageAsync(browser, response);
    }

    [Theory]
    [InlineData("https://app.example/callback/")]
    [InlineData("https://APP.example/callback")]
    [InlineData("https://app.example/callback?x=1")]
    [InlineData("http://app.example/callback")]
    public async Task Authorize_RedirectUriNotExactlyRegistered_IsRefused(string redirectUri)
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(redirectUris: ["https://app.example/callback"]);
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(user);

        var response = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, redirectUri));

        await AssertErrorPageAsync(browser, response);
    }

    [Fact]
    public async Task Authorize_MissingClientId_ShowsErrorPage()
    {
        var browser = new OAuthBrowser(app.CreateBrowser());

        var response = await browser.Http.GetAsync($"/api/v2/oauth/authorize?redirect_uri={TestData.DefaultRedirectUri}&response_type=code");

        await AssertErrorPageAsync(browser, response, expectedText: "client_id");
    }

    [Fact]
    public async Task Authorize_MissingResponseType_ShowsErrorPage()
    {
        var client = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(await app.Data.CreateUserAsync());

        var response = await browser.Http.GetAsync($"/api/v2/oauth/authorize?client_id={client.ClientId}&redirect_uri={TestData.DefaultRedirectUri}&state=s1");

        // OpenIddict refuses it before vouching for the redirect URI, so the user sees why here.
        await AssertErrorPageAsync(browser, response, expectedText: "response_type");
    }

    [Fact]
    public async Task Authorize_SilentLinkOpenedBySomeoneSignedOut_IsNotRedirectedToTheClient()
    {
        // Anyone can register a client with any redirect URI: a link that fails at once without
        // asking anything (prompt=none, nobody signed in) must not turn this site into a
        // redirector to that URI (RFC 9700 §4.11.2).
        var client = await app.Data.CreateClientAsync(redirectUris: ["https://phishing.example/cb"]);
        var browser = new OAuthBrowser(app.CreateBrowser());

        var response = await browser.Http.GetAsync(
            $"/api/v2/oauth/authorize?client_id={client.ClientId}&redirect_uri=https://phishing.example/cb&response_type=code&prompt=none");

        await AssertErrorPageAsync(browser, response, expectedText: "login_required");
    }

    [Fact]
    public async Task Deny_RedirectsWithAccessDeniedAndState()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();

        var response = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(user,
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri, state: "keep-me"), decision: "deny");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TestData.DefaultRedirectUri, response.Headers.Location!.GetLeftPart(UriPartial.Path));
        var query = OAuthBrowser.ParseRedirect(response);
        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("keep-me", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Approve_WithoutAntiforgeryToken_IsRejectedWithoutRedirect()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(user);
        var approval = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri));
        var form = await HtmlForm.FromAsync(approval, "decision");

        var response = await form.Remove("__RequestVerificationToken").Set("decision", "approve").SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Approve_WithAnotherSessionsAntiforgeryToken_IsRejected()
    {
        // A cross-site page cannot approve on the user's behalf with a token it got for itself.
        var client = await app.Data.CreateClientAsync();
        var victim = new OAuthBrowser(app.CreateBrowser());
        await victim.LogInAsync(await app.Data.CreateUserAsync());
        var attacker = new OAuthBrowser(app.CreateBrowser());
        await attacker.LogInAsync(await app.Data.CreateUserAsync());
        var attackerForm = await HtmlForm.FromAsync(
            await attacker.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri)), "decision");

        var response = await attackerForm.Set("decision", "approve").SubmitAsync(victim.Http);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    private static async Task AssertErrorPageAsync(OAuthBrowser browser, HttpResponseMessage response, string? expectedText = null)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/oauth/error", response.Headers.Location!.OriginalString.Split('?')[0]);

        var page = await browser.Http.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var document = await HtmlForm.ParseAsync(page);
        var error = document.QuerySelector("[data-testid=oauth-error]")!.TextContent;
        Assert.Contains(expectedText ?? "invalid_", error, StringComparison.Ordinal);
    }
}
