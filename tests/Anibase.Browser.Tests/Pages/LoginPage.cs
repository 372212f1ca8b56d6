using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Pages;

/// <summary>Anibase's <c>/login</c>.</summary>
public sealed class LoginPage(IPage page)
{
    public ILocator Error => page.GetByTestId("login-error");

    public async Task LogInAsync(string userName, string password)
    {
        await page.GetByLabel("User name or email").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
    }

    public async Task<SignupPage> FollowSignUpLinkAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign up", Exact = true }).Last.ClickAsync();
        await page.WaitForURLAsync("**/signup**", new() { WaitUntil = WaitUntilState.Commit });
        return new SignupPage(page);
    }

    public async Task AssertShownAsync() =>
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log in" })).ToBeVisibleAsync();
}
