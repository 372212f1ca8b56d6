using System.Globalization;
using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Pages;

public sealed record NewClient(int Id, string Secret);

/// <summary>Anibase's <c>/settings/developer</c>, where a developer creates clients.</summary>
public sealed class DeveloperSettingsPage(IPage page)
{
    public ILocator ClientList => page.GetByTestId("client-list");

    public async Task OpenAsync(Uri server) => await page.GotoAsync(new Uri(server, "settings/developer").ToString());

    /// <summary>Creates a client and copies the id and the secret from the one page that shows it.</summary>
    public async Task<NewClient> CreateClientAsync(string name, string redirectUri)
    {
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Redirect URL").FillAsync(redirectUri);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create client" }).ClickAsync();
        var id = await page.GetByTestId("created-client-id").InnerTextAsync();
        var secret = await page.GetByTestId("created-client-secret").InnerTextAsync();
        return new NewClient(int.Parse(id.Trim(), CultureInfo.InvariantCulture), secret.Trim());
    }
}
