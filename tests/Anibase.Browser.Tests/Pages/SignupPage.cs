using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Pages;

/// <summary>Anibase's <c>/signup</c>.</summary>
public sealed class SignupPage(IPage page)
{
    public async Task SignUpAsync(string userName, string email, string password)
    {
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();
    }
}
