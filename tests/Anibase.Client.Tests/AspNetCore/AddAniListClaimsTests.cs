using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Anibase.Client.AspNetCore;
using Anibase.Client.Tests.Infrastructure;
using static Anibase.Client.Tests.Infrastructure.StubHandler;

namespace Anibase.Client.Tests.AspNetCore;

/// <summary>
/// What <c>AddAniList</c> makes of anilist.co's answers, played by a stub backchannel: the avatar
/// Anibase does not have yet, and a Viewer query that fails.
/// </summary>
public sealed class AddAniListClaimsTests
{
    private const string TokenJson = """{"token_type":"Bearer","expires_in":31536000,"access_token":"eyJ.a.b"}""";

    [Fact]
    public async Task Viewer_IdNameAvatarAndSiteUrlBecomeClaims()
    {
        var backchannel = new StubHandler(
            () => Json(HttpStatusCode.OK, TokenJson),
            () => Json(HttpStatusCode.OK, """
                {"data":{"Viewer":{"id":5,"name":"Josh","siteUrl":"https://anilist.co/user/Josh",
                 "avatar":{"large":"https://s4.anilist.co/file/large.png","medium":"https://s4.anilist.co/file/medium.png"}}}}
                """));

        var (status, claims) = await SignInAsync(backchannel);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("5", claims![ClaimTypes.NameIdentifier]);
        Assert.Equal("Josh", claims[ClaimTypes.Name]);
        Assert.Equal("https://s4.anilist.co/file/large.png", claims[AniListClaimTypes.Avatar]);
        Assert.Equal("https://anilist.co/user/Josh", claims[AniListClaimTypes.SiteUrl]);
        var token = backchannel.Requests[0];
        Assert.Equal("https://anilist.co/api/v2/oauth/token", token.Uri.ToString());
        Assert.Contains("code=the-code", token.Body, StringComparison.Ordinal);
        var viewer = backchannel.Requests[1];
        Assert.Equal("https://graphql.anilist.co/", viewer.Uri.ToString());
        Assert.Equal("Bearer eyJ.a.b", viewer.Authorization);
        Assert.Contains("Viewer", viewer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewerQueryFails_TheLoginFails()
    {
        var backchannel = new StubHandler(
            () => Json(HttpStatusCode.OK, TokenJson),
            () => Json(HttpStatusCode.BadRequest, """{"errors":[{"message":"Invalid token","status":400}],"data":null}"""));

        var (status, _) = await SignInAsync(backchannel);

        Assert.Equal(HttpStatusCode.InternalServerError, status);
    }

    /// <summary>Plays anilist.co's redirect back to the app with a code and the state the app sent.</summary>
    private static async Task<(HttpStatusCode Status, Dictionary<string, string>? Claims)> SignInAsync(StubHandler backchannel)
    {
        var address = LoginApp.AddressFor(LiveServer.FreePort());
        await using var app = await LoginApp.StartAsync(address, o =>
        {
            o.ClientId = "5";
            o.ClientSecret = "secret";
            o.BackchannelHttpHandler = backchannel;
        });
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });

        var challenge = await browser.GetAsync(new Uri(address, "login"));
        var state = challenge.Headers.Location!.Query.TrimStart('?').Split('&').Single(p => p.StartsWith("state=", StringComparison.Ordinal))[6..];
        var callback = await browser.GetAsync(new Uri(address, $"{AniListAuthenticationDefaults.CallbackPath.TrimStart('/')}?code=the-code&state={state}"));
        if (callback.StatusCode != HttpStatusCode.Redirect)
        {
            return (callback.StatusCode, null);
        }

        var me = await browser.GetAsync(new Uri(address, "me"));
        return (me.StatusCode, await me.Content.ReadFromJsonAsync<Dictionary<string, string>>());
    }
}
