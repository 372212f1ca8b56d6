using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Pages;

/// <summary>The approval page at <c>/api/v2/oauth/authorize</c>: names the client, Approve or Deny.</summary>
public sealed class ApprovalPage(IPage page)
{
    public ILocator ClientName => page.GetByTestId("client-name");

    public ILocator SignedInUser => page.GetByTestId("signed-in-user");

    public async Task AssertShownForAsync(string clientName)
    {
        await page.WaitForURLAsync("**/api/v2/oauth/authorize**", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(ClientName).ToHaveTextAsync(clientName);
    }

    public Task ApproveAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

    public Task DenyAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Deny" }).ClickAsync();
}
