using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Pages;

/// <summary>Anibase's <c>/settings/apps</c>: the apps the user approved, when each was last used, and Revoke.</summary>
public sealed class ApprovedAppsPage(IPage page)
{
    public ILocator List => page.GetByTestId("app-list");

    public ILocator Rows => page.GetByTestId("app-row");

    public ILocator NoApps => page.GetByTestId("no-apps");

    public ILocator RevokedNotice => page.GetByTestId("revoked-notice");

    public ILocator Row(int clientId) => page.Locator($"[data-testid=app-row][data-client-id='{clientId}']");

    public ILocator Name(int clientId) => Row(clientId).GetByTestId("app-name");

    public ILocator LastUsed(int clientId) => Row(clientId).GetByTestId("app-last-used");

    /// <summary>Follows the header's "Apps" link, from any page of the signed-in user.</summary>
    public async Task OpenFromHeaderAsync()
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Apps", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/settings/apps");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Apps", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>When the app was last used, as the page's machine-readable time; null when it says "Never".</summary>
    public async Task<DateTimeOffset?> LastUsedAtAsync(int clientId)
    {
        var time = LastUsed(clientId).Locator("time");
        return await time.CountAsync() == 0
            ? null
            : DateTimeOffset.Parse((await time.GetAttributeAsync("datetime"))!, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task RevokeAsync(int clientId) =>
        Row(clientId).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
}
