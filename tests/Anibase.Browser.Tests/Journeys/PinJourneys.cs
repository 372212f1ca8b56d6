using System.Text.RegularExpressions;
using Anibase.Browser.Tests.Infrastructure;
using Anibase.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Anibase.Browser.Tests.Journeys;

/// <summary>
/// AniList's PIN flow, for apps that cannot take a redirect (console and TV apps): the user ends
/// on Anibase's PIN page and copies the code or the token into the app.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class PinJourneys(BrowserFixture fixture)
{
    private Uri Server => fixture.Server.Address;

    [Fact]
    public async Task CodeGrant_UserApprovesAndCopiesTheCode_AppExchangesItForATokenThatReadsViewer()
    {
        var pinUri = UserStories.PinUri(Server);
        var client = await fixture.Server.CreateClientAsync(People.New("dev"), "Terminal Tracker", pinUri);
        var person = People.New("pinuser");
        await fixture.Server.CreateUserAsync(person);

        await Journey.RunAsync(fixture, "pin-code", async journey =>
        {
            // The Copy button writes to the real clipboard, which the journey then reads back.
            await journey.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"],
                new() { Origin = Server.GetLeftPart(UriPartial.Authority) });

            // The console app prints this link; the user opens it, signed out.
            await journey.Page.GotoAsync(new Uri(Server, $"api/v2/oauth/authorize?client_id={client.ClientId}&redirect_uri={pinUri}&response_type=code").ToString());
            await new LoginPage(journey.Page).LogInAsync(person.Name, person.Password);
            var approval = new ApprovalPage(journey.Page);
            await approval.AssertShownForAsync("Terminal Tracker");
            await approval.ApproveAsync();

            var pin = new PinPage(journey.Page);
            await pin.WaitAsync(pinUri);
            await Expect(pin.Code).ToBeVisibleAsync();
            var shown = (await pin.Code.InputValueAsync()).Trim();
            Assert.NotEmpty(shown);
            await journey.ScreenshotAsync("1-pin-page", forDocs: true);

            var copied = await pin.CopyAsync();
            Assert.Equal(shown, copied);
            await journey.ScreenshotAsync("2-copied");

            // Pasted into the app, which asks for the token as AniList's guide says.
            var token = await AnibaseApi.AccessTokenAsync(Server, client.ClientId, client.ClientSecret, pinUri, copied);
            Assert.Equal(person.Name, await AnibaseApi.ViewerNameAsync(Server, token));
        });
    }

    [Fact]
    public async Task ImplicitGrant_UserApproves_TokenIsInTheBoxAndNoLongerInTheAddressBar()
    {
        var pinUri = UserStories.PinUri(Server);
        var client = await fixture.Server.CreateClientAsync(People.New("dev"), "Couch Player", pinUri);
        var person = People.New("tokenuser");
        await fixture.Server.CreateUserAsync(person);

        await Journey.RunAsync(fixture, "pin-token", async journey =>
        {
            await UserStories.LogInAsync(journey.Page, Server, person);
            // AniList's PIN apps send only these two: the client's registered PIN page is used.
            await journey.Page.GotoAsync(new Uri(Server, $"api/v2/oauth/authorize?client_id={client.ClientId}&response_type=token").ToString());
            var approval = new ApprovalPage(journey.Page);
            await approval.AssertShownForAsync("Couch Player");
            await approval.ApproveAsync();

            var pin = new PinPage(journey.Page);
            await pin.WaitAsync(pinUri);
            await Expect(pin.Token).ToHaveValueAsync(new Regex(@"^eyJ[\w-]+\.[\w-]+\.[\w-]+$"));
            var token = await pin.Token.InputValueAsync();
            // The script moved the token out of the fragment: the address bar (and the history entry) shows the bare page.
            await Expect(journey.Page).ToHaveURLAsync(pinUri);
            Assert.Equal("", await journey.Page.EvaluateAsync<string>("() => window.location.hash"));
            await journey.ScreenshotAsync("pin-page", forDocs: true);

            Assert.Equal(person.Name, await AnibaseApi.ViewerNameAsync(Server, token));
        });
    }
}
