using System.Net;
using Anibase.Server.Developers;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Apps;

/// <summary>
/// /settings/apps: the user sees each approved app and revokes it; from that moment every token of
/// that app for that user is refused with AniList's 400 "Invalid token".
/// </summary>
public sealed class ApprovedAppsTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task AppsPage_ApprovedAndUsedApp_ListsNameApprovalAndLastUse()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(name: "Shelf Tracker");
        var browser = new OAuthBrowser(app.CreateBrowser());
        var code = await browser.GetCodeAsync(user, client.ClientId);
        var token = await GuideFlow.AccessTokenOf(await TokenRequests.FormAsync(app.CreateClient(),
            TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code)));

        var beforeUse = await RowAsync(browser, client.ClientId);
        Assert.Equal("Shelf Tracker", beforeUse!.QuerySelector("[data-testid=app-name]")!.TextContent);
        Assert.Contains("Never", beforeUse.QuerySelector("[data-testid=app-last-used]")!.TextContent, StringComparison.Ordinal);

        await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token);
        var afterUse = await RowAsync(browser, client.ClientId);
        var lastUsed = afterUse!.QuerySelector("[data-testid=app-last-used] time")!.GetAttribute("datetime");
        Assert.Equal(app.Time.GetUtcNow(), DateTimeOffset.Parse(lastUsed!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task AppsPage_Revoke_EveryTokenOfThatAppIsRefusedAndTheUserIsAskedAgain()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var other = await app.Data.CreateClientAsync();
        var browser = new OAuthBrowser(app.CreateBrowser());
        var first = await ExchangeAsync(client, await browser.GetCodeAsync(user, client.ClientId));
        // A second login of the same app (approval remembered), and an implicit-grant token.
        var second = await ExchangeAsync(client, OAuthBrowser.ParseRedirect(
            await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri)))["code"]);
        var implicitToken = OAuthBrowser.ParseFragment(await browser.Http.GetAsync(
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri, responseType: "token")))["access_token"];
        var otherAppToken = await ExchangeAsync(other, await browser.GetCodeAsync(user, other.ClientId));

        var page = await browser.Http.GetAsync("/settings/apps");
        var form = await RevokeFormAsync(page, client.ClientId);
        var revoked = await form.SubmitAsync(browser.Http);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        foreach (var token in new[] { first, second, implicitToken })
        {
            var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), "{ Media(id: 1) { id } }", token);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("Invalid token", body.GetProperty("errors")[0].GetProperty("message").GetString());
        }

        var (stillFine, _) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, otherAppToken);
        Assert.Equal(HttpStatusCode.OK, stillFine.StatusCode);
        Assert.Null(await RowAsync(browser, client.ClientId));
        var askedAgain = await browser.Http.GetAsync(OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri));
        Assert.Equal(HttpStatusCode.OK, askedAgain.StatusCode);
    }

    [Fact]
    public async Task AppsPage_RevokeSomeoneElsesApproval_ChangesNothing()
    {
        var owner = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();
        var token = await ExchangeAsync(client, await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(owner, client.ClientId));
        var attacker = new OAuthBrowser(app.CreateBrowser());
        await attacker.LogInAsync(await app.Data.CreateUserAsync());
        var attackerPage = await attacker.Http.GetAsync("/settings/apps");
        var antiforgery = (await HtmlForm.ParseAsync(attackerPage)).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

        // The attacker has no approvals of their own, so posts the revoke form by hand.
        var response = await attacker.Http.PostAsync("/settings/apps?handler=Revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["clientId"] = client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = antiforgery ?? "",
        }));

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest);
        var (stillFine, _) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token);
        Assert.Equal(HttpStatusCode.OK, stillFine.StatusCode);
    }

    [Fact]
    public async Task AppsPage_NotLoggedIn_RedirectsToLogin()
    {
        var response = await app.CreateBrowser().GetAsync("/settings/apps");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task<string> ExchangeAsync(CreatedClient client, string code) =>
        await GuideFlow.AccessTokenOf(await TokenRequests.FormAsync(app.CreateClient(),
            TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code)));

    private static async Task<AngleSharp.Dom.IElement?> RowAsync(OAuthBrowser browser, int clientId)
    {
        var page = await browser.Http.GetAsync("/settings/apps");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (await HtmlForm.ParseAsync(page)).QuerySelector($"[data-testid=app-row][data-client-id='{clientId}']");
    }

    private static async Task<HtmlForm> RevokeFormAsync(HttpResponseMessage page, int clientId)
    {
        var form = await HtmlForm.FromAsync(page, "clientId");
        // Several apps may be listed: aim at this one's row.
        return form.Set("clientId", clientId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
