using System.Net;
using Anibase.Browser.Tests.Infrastructure;
using Anibase.Browser.Tests.Pages;
using static Microsoft.Playwright.Assertions;

namespace Anibase.Browser.Tests.Journeys;

/// <summary>A developer manages a client after creating it: a new secret, then deletion.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class ClientManagementJourneys(BrowserFixture fixture)
{
    private Uri Server => fixture.Server.Address;

    [Fact]
    public async Task Developer_RegeneratesSecretThenDeletesClient_OldSecretRefusedNewOneWorksThenEveryTokenRefused()
    {
        var developer = People.New("maintainer");
        await fixture.Server.CreateUserAsync(developer);
        var pinUri = UserStories.PinUri(Server);

        await Journey.RunAsync(fixture, "client-management", async journey =>
        {
            var page = journey.Page;
            await UserStories.LogInAsync(page, Server, developer);
            var settings = new DeveloperSettingsPage(page);
            await settings.OpenAsync(Server);
            var created = await settings.CreateClientAsync("Leaky Scrobbler", pinUri);

            // The secret leaked: the developer opens the client from the list and replaces it.
            await settings.OpenAsync(Server);
            var client = new ClientSettingsPage(page);
            await client.OpenFromListAsync("Leaky Scrobbler");
            var newSecret = await client.RegenerateSecretAsync();
            Assert.NotEqual(created.Secret, newSecret);
            Assert.Matches("^[A-Za-z0-9]{40}$", newSecret);
            await journey.ScreenshotAsync("1-new-secret", forDocs: true);

            // The developer tries the app: a code from the PIN page...
            await page.GotoAsync(new Uri(Server, $"api/v2/oauth/authorize?client_id={created.Id}&redirect_uri={pinUri}&response_type=code").ToString());
            var approval = new ApprovalPage(page);
            await approval.AssertShownForAsync("Leaky Scrobbler");
            await approval.ApproveAsync();
            var pin = new PinPage(page);
            await pin.WaitAsync(pinUri);
            var code = (await pin.Code.InputValueAsync()).Trim();

            // ...that the old secret can no longer redeem, and the new one can.
            var (oldStatus, oldBody) = await AnibaseApi.ExchangeCodeAsync(Server, created.Id, created.Secret, pinUri, code);
            Assert.True(oldStatus is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"The old secret still works: HTTP {(int)oldStatus} {oldBody}");
            Assert.Equal("invalid_client", oldBody.GetProperty("error").GetString());
            var token = await AnibaseApi.AccessTokenAsync(Server, created.Id, newSecret, pinUri, code);
            Assert.Equal(developer.Name, await AnibaseApi.ViewerNameAsync(Server, token));

            // Deleting asks for a confirmation first.
            await settings.OpenAsync(Server);
            await client.OpenFromListAsync("Leaky Scrobbler");
            await client.DeleteAsync(confirm: false);
            await Expect(client.DeleteError).ToBeVisibleAsync();
            await Expect(client.Title).ToHaveTextAsync("Leaky Scrobbler");
            await client.DeleteAsync(confirm: true);

            await page.WaitForURLAsync(new Uri(Server, "settings/developer").ToString());
            Assert.DoesNotContain("Leaky Scrobbler", await page.ContentAsync(), StringComparison.Ordinal);
            await journey.ScreenshotAsync("2-deleted");
            await AnibaseApi.AssertRefusedAsync(Server, token);
        });
    }
}
