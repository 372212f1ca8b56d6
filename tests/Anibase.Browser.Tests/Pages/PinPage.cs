using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Pages;

/// <summary>
/// Anibase's <c>/api/v2/oauth/pin</c>: the code (code grant) or the token (implicit grant, moved
/// out of the fragment by its script) in a box, with a Copy button.
/// </summary>
public sealed class PinPage(IPage page)
{
    public ILocator Code => page.GetByTestId("pin-code");

    public ILocator Token => page.GetByTestId("pin-token");

    public ILocator Error => page.GetByTestId("pin-error");

    /// <summary>By id: its label changes to "Copied" once clicked.</summary>
    public ILocator CopyButton => page.Locator("#pin-copy");

    /// <summary>
    /// Waits until the browser is on the PIN page itself, <paramref name="pinUri"/> with a query or
    /// a fragment (the authorize link that leads there names it too, in its redirect_uri).
    /// </summary>
    public Task WaitAsync(string pinUri) =>
        Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(pinUri) + "([?#]|$)"));

    /// <summary>Clicks Copy as the user does; what the clipboard then holds (the context needs clipboard permissions).</summary>
    public async Task<string> CopyAsync()
    {
        await CopyButton.ClickAsync();
        await Assertions.Expect(CopyButton).ToHaveTextAsync("Copied");
        return await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
    }
}
