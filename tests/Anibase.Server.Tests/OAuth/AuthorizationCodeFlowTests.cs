using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Anibase.Server.Tests.OAuth;

/// <summary>AniList's guide, step by step: authorize, approve, exchange the code, call the API.</summary>
public sealed class AuthorizationCodeFlowTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task CodeGrant_JsonBodyWithNumericClientId_IssuesOneYearTokenThatReadsViewer()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        var code = await browser.GetCodeAsync(user, client.ClientId);

        var response = await TokenRequests.JsonAsync(app.CreateClient(), new
        {
            grant_type = "authorization_code",
            client_id = client.ClientId, // a JSON number, as many clients send it
            client_secret = client.ClientSecret,
            redirect_uri = TestData.DefaultRedirectUri,
            code,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("token_type").GetString());
        Assert.Equal(31_536_000, token.GetProperty("expires_in").GetInt64());
        Assert.False(token.TryGetProperty("refresh_token", out _));
        await AssertViewerAsync(token.GetProperty("access_token").GetString()!, user);
    }

    [Fact]
    public async Task CodeGrant_JsonBodyWithStringClientId_IssuesToken()
    {
        var (user, client, code) = await app.MintCodeAsync();

        var response = await TokenRequests.JsonAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertViewerAsync(await GuideFlow.AccessTokenOf(response), user);
    }

    [Fact]
    public async Task CodeGrant_FormBody_IssuesToken()
    {
        var (user, client, code) = await app.MintCodeAsync();

        var response = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertViewerAsync(await GuideFlow.AccessTokenOf(response), user);
    }

    [Fact]
    public async Task CodeGrant_BasicClientAuthentication_IssuesToken()
    {
        var (user, client, code) = await app.MintCodeAsync();
        var fields = TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code);
        fields.Remove("client_id");
        fields.Remove("client_secret");

        var response = await TokenRequests.BasicAsync(app.CreateClient(), client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture), client.ClientSecret, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertViewerAsync(await GuideFlow.AccessTokenOf(response), user);
    }

    [Fact]
    public async Task AccessToken_HasAniListClaims()
    {
        var (user, client, token) = await app.IssueTokenAsync();

        var jwt = new JsonWebToken(token);

        Assert.Equal("RS256", jwt.Alg);
        Assert.False(jwt.IsEncrypted);
        Assert.Equal(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), jwt.Subject);
        Assert.Equal([client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture)], jwt.Audiences);
        Assert.False(string.IsNullOrEmpty(jwt.Id));
        var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(jwt.EncodedPayload)).RootElement;
        var iat = payload.GetProperty("iat").GetInt64();
        Assert.Equal(iat, payload.GetProperty("nbf").GetInt64());
        Assert.Equal(iat + 31_536_000, payload.GetProperty("exp").GetInt64());
        Assert.Equal(JsonValueKind.Array, payload.GetProperty("scopes").ValueKind);
        Assert.Equal(0, payload.GetProperty("scopes").GetArrayLength());
    }

    [Fact]
    public async Task Jwks_PublishesTheKeyThatSignsTokens()
    {
        var (_, _, token) = await app.IssueTokenAsync();

        var jwks = new JsonWebKeySet(await app.CreateClient().GetStringAsync("/.well-known/jwks"));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            ValidTypes = ["at+jwt"],
        });

        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task Authorize_SignedOut_GoesToLoginThenBackToApproval()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(name: "Shiny Tracker");
        var browser = new OAuthBrowser(app.CreateBrowser());
        var authorizeUrl = OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri);

        var challenge = await browser.Http.GetAsync(authorizeUrl);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.Equal("/login", challenge.Headers.Location!.AbsolutePath);
        var returnUrl = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(challenge.Headers.Location.Query)["ReturnUrl"].ToString();

        var login = await browser.LogInAsync(user, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var approval = await browser.Http.GetAsync(login.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        var page = await HtmlForm.ParseAsync(approval);
        Assert.Equal("Shiny Tracker", page.QuerySelector("[data-testid=client-name]")!.TextContent.Trim());
        var decision = await (await HtmlForm.FromAsync(approval, "decision")).Set("decision", "approve").SubmitAsync(browser.Http);
        Assert.StartsWith(TestData.DefaultRedirectUri + "?", decision.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approve_RedirectsWithCodeAndStateUnchanged()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();

        var response = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(user,
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri, state: "s%2Fx-42"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TestData.DefaultRedirectUri, response.Headers.Location!.GetLeftPart(UriPartial.Path));
        var query = OAuthBrowser.ParseRedirect(response);
        Assert.False(string.IsNullOrEmpty(query["code"]));
        Assert.Equal("s/x-42", query["state"]);
    }

    [Fact]
    public async Task Authorize_SecondOfSeveralRegisteredRedirectUris_IsAccepted()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(redirectUris: ["https://one.example/cb", "myapp://auth/callback"]);
        var browser = new OAuthBrowser(app.CreateBrowser());

        var code = await browser.GetCodeAsync(user, client.ClientId, "myapp://auth/callback");
        var response = await TokenRequests.FormAsync(app.CreateClient(),
            TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code, "myapp://auth/callback"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task AssertViewerAsync(string accessToken, TestUser user)
    {
        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, accessToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var viewer = body.GetProperty("data").GetProperty("Viewer");
        Assert.Equal(user.Id, viewer.GetProperty("id").GetInt32());
        Assert.Equal(user.Name, viewer.GetProperty("name").GetString());
    }

}
