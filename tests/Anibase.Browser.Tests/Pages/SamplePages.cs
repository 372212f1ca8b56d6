using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Pages;

/// <summary>The third-party app: its home page with "Login with AniList" (or the signed-in user), and its failure pages.</summary>
public sealed class SamplePages(IPage page)
{
    public ILocator ViewerName => page.GetByTestId("viewer-name");

    public ILocator Error => page.GetByTestId("login-error");

    public async Task OpenAsync(Uri sample) => await page.GotoAsync(sample.ToString());

    public Task ClickLoginWithAniListAsync() => page.GetByTestId("login-link").ClickAsync();

    /// <summary>Back on the app's home page after the callback, signed in.</summary>
    public async Task AssertSignedInAsAsync(string name)
    {
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/" && !url.Contains("/api/", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(ViewerName).ToHaveTextAsync(name);
    }
}
