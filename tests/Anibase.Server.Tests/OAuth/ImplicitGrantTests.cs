using System.Net;
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
        // OpenIddict derives expires_in from the clock here, so it can say 31535999 (AniList: 31536000);
        // the token's own exp is iat + 31536000 either way.
        Assert.InRange(long.Parse(fragment["expires_in"].ToString(), System.Globalization.CultureInfo.InvariantCulture), 31_535_999, 31_536_000);
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
}
