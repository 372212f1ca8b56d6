using System.Net;
using Anibase.Server.Developers;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Anibase.Server.Tests.OAuth;

/// <summary>AniList's implicit grant: <c>response_type=token</c> puts the token in the redirect's fragment.</summary>
public sealed class ImplicitGrantTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task ImplicitGrant_Approve_RedirectsWithOneYearTokenInTheFragment()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();

        var response = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(user,
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri, responseType: "token", state: "st-1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(TestData.DefaultRedirectUri, location.GetLeftPart(UriPartial.Path));
        Assert.True(string.IsNullOrEmpty(location.Query), "The token must not travel in the query string.");
        var fragment = QueryHelpers.ParseQuery(location.Fragment.TrimStart('#'));
        Assert.Equal("Bearer", fragment["token_type"].ToString());
        Assert.Equal("31536000", fragment["expires_in"].ToString());
        Assert.Equal("st-1", fragment["state"].ToString());
        var (viewer, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, fragment["access_token"].ToString());
        Assert.Equal(HttpStatusCode.OK, viewer.StatusCode);
        Assert.Equal(user.Name, body.GetProperty("data").GetProperty("Viewer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ImplicitGrant_Deny_RedirectsWithAccessDeniedInTheFragment()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();

        var response = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(user,
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri, responseType: "token"), decision: "deny");

        var fragment = QueryHelpers.ParseQuery(response.Headers.Location!.Fragment.TrimStart('#'));
        Assert.Equal("access_denied", fragment["error"].ToString());
        Assert.False(fragment.ContainsKey("access_token"));
    }

    [Fact]
    public async Task ImplicitGrant_NoRedirectUriAndOneRegistered_RedirectsToIt()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();

        // AniList's apps often send only client_id and response_type.
        var response = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(user,
            $"/api/v2/oauth/authorize?client_id={client.ClientId}&response_type=token");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TestData.DefaultRedirectUri, response.Headers.Location!.GetLeftPart(UriPartial.Path));
        Assert.False(string.IsNullOrEmpty(OAuthBrowser.ParseFragment(response)["access_token"]));
    }

    [Fact]
    public async Task ImplicitGrant_NoRedirectUriAndSeveralRegistered_ShowsErrorPageWithoutRedirecting()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(redirectUris: [TestData.DefaultRedirectUri, "http://127.0.0.1:9/other"]);
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(user);

        var response = await browser.Http.GetAsync($"/api/v2/oauth/authorize?client_id={client.ClientId}&response_type=token");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/oauth/error", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImplicitGrant_TurnedOffForTheClient_ShowsUnauthorizedClientWithoutAToken()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(features: new ClientFeatures(AllowImplicit: false));
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(user);

        var response = await browser.Http.GetAsync(
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri, responseType: "token"));

        // OpenIddict refuses the response type before it has vouched for the redirect URI, so the
        // user sees the error on our page rather than being sent to the app.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/oauth/error?error=unauthorized_client", location, StringComparison.Ordinal);
        Assert.DoesNotContain("access_token", location, StringComparison.Ordinal);
    }
}
