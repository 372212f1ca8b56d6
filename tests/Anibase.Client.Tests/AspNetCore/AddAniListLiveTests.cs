using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Anibase.Client.AspNetCore;
using Anibase.Client.Tests.Infrastructure;

namespace Anibase.Client.Tests.AspNetCore;

/// <summary>
/// <c>AddAniList</c> in a web app, against a live Anibase server: the app's login link, the user's
/// approval, the app's callback exchanging the code and reading the Viewer into claims.
/// </summary>
[Collection(LiveServerTests.Name)]
public sealed class AddAniListLiveTests(LiveServer server)
{
    [Fact]
    public async Task Approve_SignsTheUserIntoTheAppWithTheirIdAndName()
    {
        var (user, app, appBrowser, userBrowser) = await StartAsync();
        await using var _ = app;

        var challenge = await appBrowser.GetAsync(new Uri(app.Address, "login"));
        var authorizeUrl = challenge.Headers.Location!;
        var callback = await userBrowser.AuthorizeAsync(authorizeUrl);
        var signedIn = await appBrowser.GetAsync(callback);
        var claims = await appBrowser.GetFromJsonAsync<Dictionary<string, string>>(new Uri(app.Address, "me"));

        Assert.StartsWith(server.Endpoints.AuthorizeUrl.ToString() + "?", authorizeUrl.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("scope=", authorizeUrl.Query, StringComparison.Ordinal);
        Assert.StartsWith(new Uri(app.Address, AniListAuthenticationDefaults.CallbackPath).ToString(), callback.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/me", signedIn.Headers.Location!.ToString());
        Assert.Equal(user.Id.ToString(CultureInfo.InvariantCulture), claims![ClaimTypes.NameIdentifier]);
        Assert.Equal(user.Name, claims[ClaimTypes.Name]);
        Assert.EndsWith($"/user/{user.Name}", claims[AniListClaimTypes.SiteUrl], StringComparison.Ordinal);
        // Anibase users have no avatar yet: no claim rather than an empty one.
        Assert.False(claims.ContainsKey(AniListClaimTypes.Avatar));
    }

    [Fact]
    public async Task Deny_GoesToTheAccessDeniedPathSignedOut()
    {
        var (_, app, appBrowser, userBrowser) = await StartAsync();
        await using var _ = app;

        var challenge = await appBrowser.GetAsync(new Uri(app.Address, "login"));
        var callback = await userBrowser.AuthorizeAsync(challenge.Headers.Location!, "deny");
        var denied = await appBrowser.GetAsync(callback);
        var me = await appBrowser.GetAsync(new Uri(app.Address, "me"));

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith(new Uri(app.Address, "denied").ToString(), denied.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, me.StatusCode);
        Assert.StartsWith(server.Endpoints.AuthorizeUrl.ToString(), me.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithPkce_TheServerChecksTheFrameworksVerifier()
    {
        var (user, app, appBrowser, userBrowser) = await StartAsync(o => o.UsePkce = true);
        await using var _ = app;

        var challenge = await appBrowser.GetAsync(new Uri(app.Address, "login"));
        await appBrowser.GetAsync(await userBrowser.AuthorizeAsync(challenge.Headers.Location!));
        var claims = await appBrowser.GetFromJsonAsync<Dictionary<string, string>>(new Uri(app.Address, "me"));

        Assert.Contains("code_challenge_method=S256", challenge.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.Equal(user.Name, claims![ClaimTypes.Name]);
    }

    private async Task<(TestUser User, LoginApp App, HttpClient AppBrowser, UserBrowser UserBrowser)> StartAsync(
        Action<AniListAuthenticationOptions>? configure = null)
    {
        var address = LoginApp.AddressFor(LiveServer.FreePort());
        var client = await server.Accounts.CreateClientAsync(new Uri(address, AniListAuthenticationDefaults.CallbackPath));
        var app = await LoginApp.StartAsync(address, o =>
        {
            o.ClientId = client.ClientId.ToString(CultureInfo.InvariantCulture);
            o.ClientSecret = client.ClientSecret;
            o.Endpoints = server.Endpoints;
            configure?.Invoke(o);
        });
        var user = await server.Accounts.CreateUserAsync();
        var userBrowser = server.CreateUserBrowser();
        await userBrowser.LogInAsync(user);
        var appBrowser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });
        return (user, app, appBrowser, userBrowser);
    }
}
