using Anibase.Browser.Tests.Infrastructure;
using Anibase.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anibase.Browser.Tests.Journeys;

/// <summary>
/// What a user's approval of an app leads to later: the app is not asked about again, and it is
/// listed under Apps, where the user can revoke it.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class ApprovedAppsJourneys(BrowserFixture fixture)
{
    private Uri Server => fixture.Server.Address;

    [Fact]
    public async Task ApprovedApp_SecondLogin_GoesStraightBackToTheApp_UnlessItAsksForConsent()
    {
        await using var app = await StandInApp.StartAsync("Weekly Digest");
        var client = await fixture.Server.CreateClientAsync(People.New("dev"), "Weekly Digest", app.RedirectUri);
        var person = People.New("returning");
        await fixture.Server.CreateUserAsync(person);

        await Journey.RunAsync(fixture, "remembered-approval", async journey =>
        {
            var page = journey.Page;
            await UserStories.LogInAsync(page, Server, person);

            // The first time, the user is asked.
            await page.GotoAsync(UserStories.AuthorizeUrl(Server, client.ClientId, app.RedirectUri, "first"));
            var approval = new ApprovalPage(page);
            await approval.AssertShownForAsync("Weekly Digest");
            await approval.ApproveAsync();
            Assert.Equal("first", (await app.WaitForCallbackAsync(page))["state"]);

            // The second time, the authorize link answers with a redirect straight back: no page in between.
            var back = await page.GotoAsync(UserStories.AuthorizeUrl(Server, client.ClientId, app.RedirectUri, "second"));
            var query = await app.WaitForCallbackAsync(page);
            await AssertRedirectedStraightFromAuthorizeAsync(back!);
            Assert.Equal("second", query["state"]);
            await Expect(StandInApp.Heading(page)).ToHaveTextAsync("Back in Weekly Digest");
            await journey.ScreenshotAsync("1-back-in-app");
            var token = await AnibaseApi.AccessTokenAsync(Server, client.ClientId, client.ClientSecret, app.RedirectUri, query["code"]);
            Assert.Equal(person.Name, await AnibaseApi.ViewerNameAsync(Server, token));

            // An app that wants the user to choose again says prompt=consent.
            await page.GotoAsync(UserStories.AuthorizeUrl(Server, client.ClientId, app.RedirectUri, "third", prompt: "consent"));
            await approval.AssertShownForAsync("Weekly Digest");
            await journey.ScreenshotAsync("2-asked-again");
            await approval.ApproveAsync();
            Assert.Equal("third", (await app.WaitForCallbackAsync(page))["state"]);
        });
    }

    [Fact]
    public async Task AppsPage_ListsApprovedAppsWithLastUse_RevokeRemovesOneAndItsTokenIsRefused()
    {
        // Both apps' callbacks land on one stand-in page; only Anibase's pages matter here.
        await using var app = await StandInApp.StartAsync("Season Planner");
        var used = await fixture.Server.CreateClientAsync(People.New("dev"), "Season Planner", app.RedirectUri);
        var idle = await fixture.Server.CreateClientAsync(People.New("dev"), "Idle Widget", app.RedirectUri);
        var person = People.New("owner");
        await fixture.Server.CreateUserAsync(person);

        await Journey.RunAsync(fixture, "apps", async journey =>
        {
            var page = journey.Page;
            await UserStories.LogInAsync(page, Server, person);
            var approval = new ApprovalPage(page);
            var code = "";
            foreach (var (client, name) in new[] { (idle, "Idle Widget"), (used, "Season Planner") })
            {
                await page.GotoAsync(UserStories.AuthorizeUrl(Server, client.ClientId, app.RedirectUri, "s"));
                await approval.AssertShownForAsync(name);
                await approval.ApproveAsync();
                code = (await app.WaitForCallbackAsync(page))["code"];
            }

            // Season Planner's server exchanges its code and calls the API; Idle Widget never does.
            var token = await AnibaseApi.AccessTokenAsync(Server, used.ClientId, used.ClientSecret, app.RedirectUri, code);
            var calledAt = DateTimeOffset.UtcNow;
            Assert.Equal(person.Name, await AnibaseApi.ViewerNameAsync(Server, token));

            await page.GotoAsync(new Uri(Server, "home").ToString());
            var apps = new ApprovedAppsPage(page);
            await apps.OpenFromHeaderAsync();
            await Expect(apps.Rows).ToHaveCountAsync(2);
            await Expect(apps.Name(used.ClientId)).ToHaveTextAsync("Season Planner");
            await Expect(apps.Name(idle.ClientId)).ToHaveTextAsync("Idle Widget");
            await Expect(apps.LastUsed(idle.ClientId)).ToHaveTextAsync("Never");
            var lastUsed = await apps.LastUsedAtAsync(used.ClientId);
            Assert.NotNull(lastUsed);
            Assert.InRange(lastUsed.Value, calledAt.AddMinutes(-2), DateTimeOffset.UtcNow.AddMinutes(2));
            await journey.ScreenshotAsync("1-list", forDocs: true);

            await apps.RevokeAsync(used.ClientId);
            await Expect(apps.RevokedNotice).ToHaveTextAsync("Season Planner no longer has access to your account.");
            await Expect(apps.Row(used.ClientId)).ToHaveCountAsync(0);
            await Expect(apps.Rows).ToHaveCountAsync(1);
            await Expect(apps.Name(idle.ClientId)).ToHaveTextAsync("Idle Widget");
            await journey.ScreenshotAsync("2-revoked", forDocs: true);

            await AnibaseApi.AssertRefusedAsync(Server, token);
        });
    }

    /// <summary>The navigation went authorize → 302 → the app, and nothing else: no approval page was shown.</summary>
    private async Task AssertRedirectedStraightFromAuthorizeAsync(IResponse landed)
    {
        var authorize = landed.Request.RedirectedFrom;
        Assert.NotNull(authorize);
        Assert.StartsWith(new Uri(Server, "api/v2/oauth/authorize").ToString(), authorize.Url, StringComparison.Ordinal);
        Assert.Null(authorize.RedirectedFrom);
        Assert.Equal(302, (await authorize.ResponseAsync())!.Status);
    }
}
