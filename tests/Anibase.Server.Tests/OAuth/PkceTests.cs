using System.Net;
using Anibase.Server.Developers;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.OAuth;

/// <summary>PKCE (RFC 7636): S256 for anyone who sends it, required of public clients; "plain" is refused.</summary>
public sealed class PkceTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task PublicClient_S256_ExchangesWithTheVerifierAndNoSecret()
    {
        var client = await app.Data.CreateClientAsync(features: new ClientFeatures(IsPublic: true));
        var pkce = Pkce.Create();

        var code = await CodeAsync(client, pkce.Query);
        var response = await TokenRequests.FormAsync(app.CreateClient(), PublicGrant(client, code, pkce.Verifier));

        var token = await GuideFlow.AccessTokenOf(response);
        Assert.Equal(HttpStatusCode.OK, (await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token)).Response.StatusCode);
    }

    [Fact]
    public async Task PublicClient_WrongVerifier_IsRefused()
    {
        var client = await app.Data.CreateClientAsync(features: new ClientFeatures(IsPublic: true));

        var code = await CodeAsync(client, Pkce.Create().Query);
        var response = await TokenRequests.FormAsync(app.CreateClient(), PublicGrant(client, code, Pkce.Create().Verifier));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_grant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicClient_NoChallenge_ShowsInvalidRequest()
    {
        var client = await app.Data.CreateClientAsync(features: new ClientFeatures(IsPublic: true));

        var error = await AuthorizeErrorAsync(client, "");

        Assert.Equal("invalid_request", error["error"]);
        Assert.Contains("code_challenge", error["error_description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlainMethod_IsRefused()
    {
        var client = await app.Data.CreateClientAsync();
        var verifier = Pkce.Create().Verifier;

        var error = await AuthorizeErrorAsync(client, $"&code_challenge={verifier}&code_challenge_method=plain");

        Assert.Equal("invalid_request", error["error"]);
    }

    [Fact]
    public async Task ConfidentialClient_S256_VerifierIsChecked()
    {
        var client = await app.Data.CreateClientAsync();
        var pkce = Pkce.Create();
        var code = await CodeAsync(client, pkce.Query);

        var withoutVerifier = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));

        Assert.Equal(HttpStatusCode.BadRequest, withoutVerifier.StatusCode);
        var again = await CodeAsync(client, pkce.Query);
        var grant = TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, again);
        grant["code_verifier"] = pkce.Verifier;
        Assert.Equal(HttpStatusCode.OK, (await TokenRequests.FormAsync(app.CreateClient(), grant)).StatusCode);
    }

    [Fact]
    public async Task PublicClient_ClientCredentialsLeftOut_CannotGetATokenWithoutTheVerifier()
    {
        var client = await app.Data.CreateClientAsync(features: new ClientFeatures(IsPublic: true));
        var code = await CodeAsync(client, Pkce.Create().Query);

        var grant = PublicGrant(client, code, verifier: null);
        var response = await TokenRequests.FormAsync(app.CreateClient(), grant);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static Dictionary<string, string> PublicGrant(CreatedClient client, string code, string? verifier)
    {
        var grant = TokenRequests.CodeGrant(client.ClientId, "", code);
        grant.Remove("client_secret");
        if (verifier is not null)
        {
            grant["code_verifier"] = verifier;
        }

        return grant;
    }

    private async Task<string> CodeAsync(CreatedClient client, string extraQuery)
    {
        var user = await app.Data.CreateUserAsync();
        var response = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(user,
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri) + extraQuery);
        return OAuthBrowser.ParseRedirect(response)["code"];
    }

    private async Task<Dictionary<string, string>> AuthorizeErrorAsync(CreatedClient client, string extraQuery)
    {
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(await app.Data.CreateUserAsync());
        var response = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri) + extraQuery);
        // OpenIddict checks these parameters before it has vouched for the redirect URI, so the
        // user is shown the error on our page instead of being sent back to the app.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/oauth/error?", location, StringComparison.Ordinal);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location[location.IndexOf('?', StringComparison.Ordinal)..])
            .ToDictionary(p => p.Key, p => p.Value.ToString());
    }
}
