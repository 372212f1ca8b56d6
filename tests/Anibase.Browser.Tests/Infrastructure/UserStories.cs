using Anibase.Browser.Tests.Pages;
using Microsoft.Playwright;

namespace Anibase.Browser.Tests.Infrastructure;

/// <summary>Steps that many journeys take on the way to the one they are about.</summary>
public static class UserStories
{
    /// <summary>Logs in from Anibase's own login page and waits for the welcome page.</summary>
    public static async Task LogInAsync(IPage page, Uri server, Person person)
    {
        await page.GotoAsync(new Uri(server, "login").ToString());
        await new LoginPage(page).LogInAsync(person.Name, person.Password);
        await page.WaitForURLAsync(new Uri(server, "home").ToString());
    }

    /// <summary>AniList's guide's authorize link: the redirect URI pasted in raw.</summary>
    public static string AuthorizeUrl(Uri server, int clientId, string redirectUri, string state, string? prompt = null) =>
        new Uri(server, $"api/v2/oauth/authorize?client_id={clientId}&redirect_uri={redirectUri}&response_type=code&state={state}"
            + (prompt is null ? "" : "&prompt=" + prompt)).ToString();

    /// <summary>The PIN page's address on this server, to register as a client's redirect URI.</summary>
    public static string PinUri(Uri server) => new Uri(server, "api/v2/oauth/pin").ToString();
}
