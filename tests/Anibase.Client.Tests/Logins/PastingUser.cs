using Anibase.Client.Tests.Infrastructure;

namespace Anibase.Client.Tests.Logins;

/// <summary>
/// The person at the console during a PIN login: reads the URL the app printed, opens it in their
/// (played) browser, approves, and types back what the PIN page shows. The PIN page itself is the
/// server's; the user reads the code from the address it is sent to.
/// </summary>
public sealed class PastingUser(UserBrowser browser, Func<Uri, string> readPinPage) : TextReader
{
    public StringWriter Screen { get; } = new();

    public Uri? Redirect { get; private set; }

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var url = Screen.ToString().Split('\n').Select(line => line.Trim())
            .Last(line => line.StartsWith("http", StringComparison.Ordinal));
        Redirect = await browser.AuthorizeAsync(new Uri(url));
        return readPinPage(Redirect);
    }
}
