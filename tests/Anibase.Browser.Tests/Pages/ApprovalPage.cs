using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Pages;

/// <summary>The approval page at <c>/api/v2/oauth/authorize</c>: names the client, Approve or Deny.</summary>
public sealed class ApprovalPage(IPage page)
{
    public ILocator ClientName => page.GetByTestId("client-name");

    public ILocator SignedInUser => page.GetByTestId("signed-in-user");

    public async Task AssertShownForAsync(string clientName)
    {
        // Retrying assertions, not WaitForURLAsync: when the current URL already matches (the login
        // page's ReturnUrl can), Playwright's WaitForURL waits for a load event that may never come.
        await Assertions.Expect(ClientName).ToHaveTextAsync(clientName);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/api/v2/oauth/authorize\\?"));
    }

    public Task ApproveAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

    public Task DenyAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Deny" }).ClickAsync();
}
