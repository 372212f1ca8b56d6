using Anibase.Browser.Tests.Infrastructure;
using Anibase.Browser.Tests.Pages;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Anibase.Browser.Tests.Journeys;

/// <summary>
/// A person uses a third-party app's "Login with AniList" link against Anibase, in Chromium,
/// with the app and the server each on a real socket.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class LoginWithAniListJourneys(BrowserFixture fixture)
{
    [Fact]
    public async Task NewUser_SignsUpFromTheLoginPage_ApprovesAndTheAppShowsTheirName()
    {
        await using var sample = await StartSampleAsync("Shiny Tracker");
        var person = People.New("newcomer");

        await Journey.RunAsync(fixture, "new-user", async journey =>
        {
            var app = new SamplePages(journey.Page);
            await app.OpenAsync(sample.Address);
            await journey.ScreenshotAsync("1-app-home", forDocs: true);
            await app.ClickLoginWithAniListAsync();

            var login = new LoginPage(journey.Page);
            await login.AssertShownAsync();
            await journey.ScreenshotAsync("2-login", forDocs: true);
            var signup = await login.FollowSignUpLinkAsync();
            await signup.SignUpAsync(person.Name, person.Email, person.Password);

            var approval = new ApprovalPage(journey.Page);
            await approval.AssertShownForAsync("Shiny Tracker");
            await Expect(approval.SignedInUser).ToHaveTextAsync(person.Name);
            await journey.ScreenshotAsync("3-approval", forDocs: true);
            await approval.ApproveAsync();

            await app.AssertSignedInAsAsync(person.Name);
            await journey.ScreenshotAsync("4-signed-in", forDocs: true);
        });
    }

    [Fact]
    public async Task ExistingUser_LogsInAndApproves_AppShowsTheirName()
    {
        await using var sample = await StartSampleAsync("Return Visit");
        var person = People.New("regular");
        await fixture.Server.CreateUserAsync(person);

        await Journey.RunAsync(fixture, "existing-user", async journey =>
        {
            var app = new SamplePages(journey.Page);
            await app.OpenAsync(sample.Address);
            await app.ClickLoginWithAniListAsync();
            await new LoginPage(journey.Page).LogInAsync(person.Name, person.Password);

            var approval = new ApprovalPage(journey.Page);
            await approval.AssertShownForAsync("Return Visit");
            await approval.ApproveAsync();

            await app.AssertSignedInAsAsync(person.Name);
            await journey.ScreenshotAsync("signed-in");
        });
    }

    [Fact]
    public async Task SignedInUser_GoesStraightToApproval()
    {
        await using var sample = await StartSampleAsync("No Second Login");
        var person = People.New("signedin");
        await fixture.Server.CreateUserAsync(person);

        await Journey.RunAsync(fixture, "already-signed-in", async journey =>
        {
            await journey.Page.GotoAsync(new Uri(fixture.Server.Address, "login").ToString());
            await new LoginPage(journey.Page).LogInAsync(person.Name, person.Password);
            await journey.Page.WaitForURLAsync(new Uri(fixture.Server.Address, "home").ToString());

            var app = new SamplePages(journey.Page);
            await app.OpenAsync(sample.Address);
            await app.ClickLoginWithAniListAsync();

            var approval = new ApprovalPage(journey.Page);
            await approval.AssertShownForAsync("No Second Login");
            await journey.ScreenshotAsync("approval");
            await approval.ApproveAsync();
            await app.AssertSignedInAsAsync(person.Name);
        });
    }

    [Fact]
    public async Task OnAPhone_ApprovalIsReadableAndWorks()
    {
        await using var sample = await StartSampleAsync("Pocket Tracker");
        var person = People.New("phone");
        await fixture.Server.CreateUserAsync(person);

        await Journey.RunAsync(fixture, "phone", async journey =>
        {
            var app = new SamplePages(journey.Page);
            await app.OpenAsync(sample.Address);
            await app.ClickLoginWithAniListAsync();
            await new LoginPage(journey.Page).LogInAsync(person.Name, person.Password);

            var approval = new ApprovalPage(journey.Page);
            await approval.AssertShownForAsync("Pocket Tracker");
            // Nothing wider than the screen: no sideways scrolling to find the buttons.
            var overflow = await journey.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"The approval page is {overflow}px wider than a phone screen.");
            await journey.ScreenshotAsync("approval", forDocs: true);
            await approval.ApproveAsync();
            await app.AssertSignedInAsAsync(person.Name);
        }, new ViewportSize { Width = 390, Height = 844 });
    }

    [Fact]
    public async Task Deny_AppShowsAccessDenied()
    {
        await using var sample = await StartSampleAsync("Declined App");
        var person = People.New("decliner");
        await fixture.Server.CreateUserAsync(person);

        await Journey.RunAsync(fixture, "deny", async journey =>
        {
            var app = new SamplePages(journey.Page);
            await app.OpenAsync(sample.Address);
            await app.ClickLoginWithAniListAsync();
            await new LoginPage(journey.Page).LogInAsync(person.Name, person.Password);

            var approval = new ApprovalPage(journey.Page);
            await approval.AssertShownForAsync("Declined App");
            await approval.DenyAsync();

            await journey.Page.WaitForURLAsync("**/denied**", new() { WaitUntil = WaitUntilState.Commit });
            await Expect(app.Error).ToContainTextAsync("Access denied");
            await Expect(app.ViewerName).ToHaveCountAsync(0);
            await journey.ScreenshotAsync("access-denied", forDocs: true);
        });
    }

    [Fact]
    public async Task WrongPassword_ShowsErrorOnLoginPageAndGoesNowhere()
    {
        await using var sample = await StartSampleAsync("Locked Out");
        var person = People.New("typo");
        await fixture.Server.CreateUserAsync(person);

        await Journey.RunAsync(fixture, "wrong-password", async journey =>
        {
            var app = new SamplePages(journey.Page);
            await app.OpenAsync(sample.Address);
            await app.ClickLoginWithAniListAsync();

            var login = new LoginPage(journey.Page);
            await login.LogInAsync(person.Name, "not my password 1");

            await Expect(login.Error).ToContainTextAsync("wrong");
            Assert.StartsWith(new Uri(fixture.Server.Address, "login").ToString(), journey.Page.Url, StringComparison.Ordinal);
            await journey.ScreenshotAsync("error");
        });
    }

    [Fact]
    public async Task Developer_CreatesClientAndCopiesSecret_AppLogsInWithIt()
    {
        var developer = People.New("developer");
        await fixture.Server.CreateUserAsync(developer);
        await using var sample = new SampleHost(fixture.Server.Address);

        await Journey.RunAsync(fixture, "developer", async journey =>
        {
            await journey.Page.GotoAsync(new Uri(fixture.Server.Address, "login").ToString());
            await new LoginPage(journey.Page).LogInAsync(developer.Name, developer.Password);

            var settings = new DeveloperSettingsPage(journey.Page);
            await settings.OpenAsync(fixture.Server.Address);
            var client = await settings.CreateClientAsync("Developer's Own App", sample.RedirectUri);
            await journey.ScreenshotAsync("1-client-created", forDocs: true);

            // The secret is shown once: the list shows the client, never the secret again.
            await settings.OpenAsync(fixture.Server.Address);
            await Expect(settings.ClientList).ToContainTextAsync("Developer's Own App");
            Assert.DoesNotContain(client.Secret, await journey.Page.ContentAsync(), StringComparison.Ordinal);
            await journey.ScreenshotAsync("2-client-list");

            sample.Start(client.Id, client.Secret);
            var app = new SamplePages(journey.Page);
            await app.OpenAsync(sample.Address);
            await app.ClickLoginWithAniListAsync();
            var approval = new ApprovalPage(journey.Page);
            await approval.AssertShownForAsync("Developer's Own App");
            await approval.ApproveAsync();
            await app.AssertSignedInAsAsync(developer.Name);
        });
    }

    [Fact]
    public async Task BrokenLoginLink_ShowsAnErrorPageAndNeverGoesToTheUnregisteredAddress()
    {
        var client = await fixture.Server.CreateClientAsync(People.New("dev"), "Misconfigured App", "https://app.example/callback");
        var person = People.New("careful");
        await fixture.Server.CreateUserAsync(person);

        await Journey.RunAsync(fixture, "broken-link", async journey =>
        {
            await journey.Page.GotoAsync(new Uri(fixture.Server.Address, "login").ToString());
            await new LoginPage(journey.Page).LogInAsync(person.Name, person.Password);
            await journey.Page.GotoAsync(new Uri(fixture.Server.Address,
                $"api/v2/oauth/authorize?client_id={client.ClientId}&redirect_uri=https://evil.example/steal&response_type=code").ToString());

            await Expect(journey.Page.GetByTestId("oauth-error")).ToContainTextAsync("redirect_uri");
            Assert.StartsWith(fixture.Server.Address.ToString(), journey.Page.Url, StringComparison.Ordinal);
            await journey.ScreenshotAsync("error-page");
        });
    }

    private async Task<SampleHost> StartSampleAsync(string clientName)
    {
        var sample = new SampleHost(fixture.Server.Address);
        var client = await fixture.Server.CreateClientAsync(People.New("dev"), clientName, sample.RedirectUri);
        return sample.Start(client.ClientId, client.ClientSecret);
    }
}
