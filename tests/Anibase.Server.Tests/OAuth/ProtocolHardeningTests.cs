using System.Net;
using System.Text.Json;
using Anibase.Server.Developers;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.OAuth;

/// <summary>Smaller RFC 9700 and RFC 8252 points, each checked where a client would meet it.</summary>
public sealed class ProtocolHardeningTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task LoopbackRedirectUriRegisteredWithoutPort_AnyPortWorks_OtherHostsDoNot()
    {
        // RFC 8252 §7.3: a desktop app listens on whatever port is free.
        var client = await app.Data.CreateClientAsync(redirectUris: ["http://127.0.0.1/callback"]);
        var user = await app.Data.CreateUserAsync();
        const string atPort = "http://127.0.0.1:54321/callback";

        var code = await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(user, client.ClientId, atPort);
        var token = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code, atPort));

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(user);
        var otherPath = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, "http://127.0.0.1:54321/other"));
        Assert.StartsWith("/oauth/error", otherPath.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoopbackRedirectUriRegisteredWithPort_OnlyThatPortWorks()
    {
        var client = await app.Data.CreateClientAsync(redirectUris: ["http://127.0.0.1:8123/callback"]);
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(await app.Data.CreateUserAsync());

        var otherPort = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, "http://127.0.0.1:9999/callback"));

        Assert.StartsWith("/oauth/error", otherPort.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PkceDowngrade_VerifierForACodeIssuedWithoutChallenge_IsRefused()
    {
        // RFC 9700 §4.8.2: an attacker who strips code_challenge must not get through by adding a verifier.
        var (_, client, code) = await app.MintCodeAsync();
        var grant = TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code);
        grant["code_verifier"] = Pkce.Create().Verifier;

        var response = await TokenRequests.FormAsync(app.CreateClient(), grant);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("client_credentials")]
    public async Task GrantsThatSkipTheUser_AreRefusedAndNotAdvertised(string grantType)
    {
        // RFC 9700 §2.4: the resource owner password credentials grant MUST NOT be used; and a
        // client acting as itself could be confused with a user (§4.15).
        var client = await app.Data.CreateClientAsync();
        var user = await app.Data.CreateUserAsync();

        var response = await TokenRequests.FormAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["client_secret"] = client.ClientSecret,
            ["username"] = user.Name,
            ["password"] = user.Password,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unsupported_grant_type", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var metadata = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/.well-known/oauth-authorization-server")).RootElement;
        Assert.DoesNotContain(grantType, metadata.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task PublicClientRefreshToken_RotatedAndReuseRevokesTheGrant()
    {
        // RFC 9700 §2.2.2: a public client's refresh tokens MUST be rotated (or sender-constrained).
        var client = await app.Data.CreateClientAsync(features: new ClientFeatures(IsPublic: true, AllowRefreshTokens: true));
        var pkce = Pkce.Create();
        var approved = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(await app.Data.CreateUserAsync(),
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri) + pkce.Query);
        var id = client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = await JsonAsync(await TokenRequests.FormAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = id,
            ["code"] = OAuthBrowser.ParseRedirect(approved)["code"],
            ["redirect_uri"] = TestData.DefaultRedirectUri,
            ["code_verifier"] = pkce.Verifier,
        }));
        var refresh = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = id,
            ["refresh_token"] = first.GetProperty("refresh_token").GetString()!,
        };

        var second = await JsonAsync(await TokenRequests.FormAsync(app.CreateClient(), refresh));
        var reuse = await TokenRequests.FormAsync(app.CreateClient(), refresh);

        Assert.NotEqual(first.GetProperty("refresh_token").GetString(), second.GetProperty("refresh_token").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, reuse.StatusCode);
        var (viewer, _) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, second.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, viewer.StatusCode);
    }

    [Fact]
    public async Task AccessTokenInTheQueryString_IsIgnored()
    {
        // RFC 9700 §4.3.2 / RFC 6750 §2.3: tokens in URLs leak into logs and history.
        var (_, _, token) = await app.IssueTokenAsync();

        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token: null,
            path: "/graphql?access_token=" + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Unauthorized.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("/api/v2/oauth/pin?code=abc")]
    [InlineData("/settings/apps")]
    [InlineData("/settings/developer")]
    public async Task PagesShowingCodesOrSettings_CannotBeFramedAndLeakNoReferrer(string path)
    {
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(await app.Data.CreateUserAsync());

        var response = await browser.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task ImplicitResponse_CarriesTheIssuer_AndItsTokenNamesTheClientAsAudience()
    {
        // RFC 9207 on every authorization response; RFC 6749 §10.16: a token issued to one client
        // must not be usable as another's.
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();

        var response = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(user,
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri, responseType: "token"));

        var fragment = OAuthBrowser.ParseFragment(response);
        Assert.Equal("http://localhost/", fragment["iss"]);
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(fragment["access_token"]);
        Assert.Equal([client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture)], token.Audiences);
    }

    [Fact]
    public async Task ErrorResponseToASignedInUser_CarriesTheIssuer()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();

        var denied = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(user,
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri), decision: "deny");

        Assert.Equal("http://localhost/", OAuthBrowser.ParseRedirect(denied)["iss"]);
    }

    [Fact]
    public async Task TamperedRefreshToken_IsRefused()
    {
        var client = await app.Data.CreateClientAsync(features: new ClientFeatures(AllowRefreshTokens: true));
        var code = await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(await app.Data.CreateUserAsync(), client.ClientId);
        var tokens = await JsonAsync(await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code)));
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;
        var tampered = refreshToken[..^4] + (refreshToken[^4..] == "AAAA" ? "BBBB" : "AAAA");

        var response = await TokenRequests.FormAsync(app.CreateClient(), new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["client_secret"] = client.ClientSecret,
            ["refresh_token"] = tampered,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_grant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovalPage_EncodesWhatTheRequestAndTheClientSay_AndNamesWhereApproveLeads()
    {
        // RFC 6749 §10.14: nothing a client or a link controls is executed by the page.
        const string hostile = "\"><script>alert(1)</script>";
        var client = await app.Data.CreateClientAsync(name: hostile, redirectUris: ["https://tracker.example/cb"]);
        var browser = new OAuthBrowser(app.CreateBrowser());
        await browser.LogInAsync(await app.Data.CreateUserAsync());

        var page = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, "https://tracker.example/cb", state: Uri.EscapeDataString(hostile)));

        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        var document = await HtmlForm.ParseAsync(page);
        Assert.Equal(hostile, document.QuerySelector("[data-testid=client-name]")!.TextContent);
        Assert.Equal(hostile, document.QuerySelector("input[name=state]")!.GetAttribute("value"));
        Assert.Equal("tracker.example", document.QuerySelector("[data-testid=redirect-host]")!.TextContent);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
