using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Pages;

/// <summary>Anibase's <c>/settings/developer/{id}</c>: one of the developer's clients, its secret and its deletion.</summary>
public sealed class ClientSettingsPage(IPage page)
{
    public ILocator Title => page.GetByTestId("client-title");

    public ILocator NewSecret => page.GetByTestId("new-client-secret");

    public ILocator DeleteError => page.GetByTestId("delete-error");

    /// <summary>From the developer settings' list, the client's "Manage" link.</summary>
    public async Task OpenFromListAsync(string clientName)
    {
        await page.GetByTestId("client-list").Locator("tr", new() { HasText = clientName })
            .GetByTestId("manage-client").ClickAsync();
        await Assertions.Expect(Title).ToHaveTextAsync(clientName);
    }

    /// <summary>Regenerates the secret; the new one, shown this once.</summary>
    public async Task<string> RegenerateSecretAsync()
    {
        await page.GetByTestId("regenerate-secret").ClickAsync();
        await Assertions.Expect(NewSecret).ToBeVisibleAsync();
        return (await NewSecret.InnerTextAsync()).Trim();
    }

    /// <summary>Clicks "Delete client", having ticked the confirmation or not.</summary>
    public async Task DeleteAsync(bool confirm)
    {
        if (confirm)
        {
            await page.GetByLabel("Yes, delete").CheckAsync();
        }

        await page.GetByTestId("delete-client").ClickAsync();
    }
}
