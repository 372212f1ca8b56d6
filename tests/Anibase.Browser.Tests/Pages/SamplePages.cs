using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Pages;

/// <summary>The third-party app: its home page with "Login with AniList", and its callback page.</summary>
public sealed class SamplePages(IPage page)
{
    public ILocator ViewerName => page.GetByTestId("viewer-name");

    public ILocator Error => page.GetByTestId("login-error");

    public async Task OpenAsync(Uri sample) => await page.GotoAsync(sample.ToString());

    public Task ClickLoginWithAniListAsync() => page.GetByTestId("login-link").ClickAsync();

    public async Task AssertSignedInAsAsync(string name)
    {
        await page.WaitForURLAsync("**/callback**", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(ViewerName).ToHaveTextAsync(name);
    }
}
