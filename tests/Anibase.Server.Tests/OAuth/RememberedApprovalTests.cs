using System.Net;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.OAuth;

/// <summary>A user who approved a client is not asked again until they revoke it; <c>prompt</c> overrides that.</summary>
public sealed class RememberedApprovalTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task Authorize_ApprovedBefore_RedirectsWithCodeWithoutAsking()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.GetCodeAsync(user, client.ClientId);

        var again = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri, state: "again"));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var query = OAuthBrowser.ParseRedirect(again);
        Assert.Equal("again", query["state"]);
        var token = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, query["code"]));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task Authorize_PromptConsent_ShowsTheApprovalPageAgain()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.GetCodeAsync(user, client.ClientId);

        var again = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri) + "&prompt=consent");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Approve", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_DeniedBefore_AsksAgain()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.AuthorizeAsync(user, OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri), decision: "deny");

        var again = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Authorize_ApprovedOneClient_StillAsksForAnother()
    {
        var user = await app.Data.CreateUserAsync();
        var first = await app.Data.CreateClientAsync();
        var second = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.GetCodeAsync(user, first.ClientId);

        var other = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(second.ClientId, TestData.DefaultRedirectUri));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Authorize_PromptNoneWithoutLogin_ShowsLoginRequiredHereWithoutRedirecting()
    {
        var client = await app.Data.CreateClientAsync();

        var response = await app.CreateBrowser().GetAsync(
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri, state: "s") + "&prompt=none");

        // Nobody is signed in, so the error is not bounced to the client (see AuthorizationErrorPage).
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/oauth/error?error=login_required", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorize_PromptNoneNotApproved_RedirectsWithConsentRequired()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(user);

        var response = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri) + "&prompt=none");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("consent_required", OAuthBrowser.ParseRedirect(response)["error"]);
    }

    [Fact]
    public async Task Authorize_PromptNoneApproved_RedirectsWithCode()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.GetCodeAsync(user, client.ClientId);

        var response = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri) + "&prompt=none");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(OAuthBrowser.ParseRedirect(response).ContainsKey("code"));
    }
}
