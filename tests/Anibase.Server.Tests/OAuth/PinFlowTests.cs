using System.Net;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.OAuth;

/// <summary>
/// AniList's PIN flow: a client whose redirect URI is the server's own /api/v2/oauth/pin page sends
/// the user there, and the user copies the code or the token into the app.
/// </summary>
public sealed class PinFlowTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    private const string PinUri = "http://localhost/api/v2/oauth/pin";

    [Fact]
    public async Task CodeGrant_PinRedirectUri_PageShowsTheCodeThatExchangesForAToken()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(redirectUris: [PinUri]);
        var browser = new OAuthBrowser(app.CreateBrowser());

        var approved = await browser.AuthorizeAsync(user, OAuthBrowser.AuthorizeUrl(client.ClientId, PinUri, state: null));
        var pinPage = await browser.Http.GetAsync(approved.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, pinPage.StatusCode);
        Assert.Contains("no-store", pinPage.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var shown = (await HtmlForm.ParseAsync(pinPage)).QuerySelector("[data-testid=pin-code]")!.TextContent;
        Assert.Equal(OAuthBrowser.ParseRedirect(approved)["code"], shown);

        // What the user pastes into the app, which then asks for the token as the guide says.
        var token = await TokenRequests.JsonAsync(app.CreateClient(), new
        {
            grant_type = "authorization_code",
            client_id = client.ClientId,
            client_secret = client.ClientSecret,
            redirect_uri = PinUri,
            code = shown,
        });
        var (viewer, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, await GuideFlow.AccessTokenOf(token));
        Assert.Equal(HttpStatusCode.OK, viewer.StatusCode);
        Assert.Equal(user.Name, body.GetProperty("data").GetProperty("Viewer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ImplicitGrant_PinRedirectUri_TokenGoesToThePinPageInTheFragment()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(redirectUris: [PinUri]);

        // AniList's PIN apps send only client_id and response_type.
        var approved = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(user,
            $"/api/v2/oauth/authorize?client_id={client.ClientId}&response_type=token");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(PinUri, approved.Headers.Location!.GetLeftPart(UriPartial.Path));
        var token = OAuthBrowser.ParseFragment(approved)["access_token"];
        var (viewer, _) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token);
        Assert.Equal(HttpStatusCode.OK, viewer.StatusCode);
    }

    [Fact]
    public async Task PinPage_Denied_ShowsTheError()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(redirectUris: [PinUri]);
        var browser = new OAuthBrowser(app.CreateBrowser());

        var denied = await browser.AuthorizeAsync(user, OAuthBrowser.AuthorizeUrl(client.ClientId, PinUri, state: null), decision: "deny");
        var pinPage = await browser.Http.GetAsync(denied.Headers.Location);

        var error = (await HtmlForm.ParseAsync(pinPage)).QuerySelector("[data-testid=pin-error]")!.TextContent;
        Assert.Contains("access_denied", error, StringComparison.Ordinal);
    }
}
