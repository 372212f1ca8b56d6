using Anibase.Client.Logins;
using Anibase.Client.OAuth;
using Anibase.Client.Tests.Infrastructure;

namespace Anibase.Client.Tests.Logins;

/// <summary>AniList's PIN flow for console apps, against a live server whose client is registered with the PIN redirect URL.</summary>
[Collection(LiveServerTests.Name)]
public sealed class PinLoginLiveTests(LiveServer server)
{
    [Fact]
    public async Task PastedCode_IsExchangedForTheUsersToken()
    {
        var (user, oauth, person) = await StartAsync(redirect => FormField(redirect.Query, "code"));

        var token = await new PinLogin(oauth, person, person.Screen).LoginAsync();

        Assert.Equal(user.Id, AniListAccessToken.Parse(token.AccessToken).UserId);
        var screen = person.Screen.ToString();
        Assert.Contains("paste the code it shows", screen, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString(server.Endpoints.PinRedirectUrl.ToString()), screen, StringComparison.Ordinal);
        Assert.StartsWith(server.Endpoints.PinRedirectUrl.ToString(), person.Redirect!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastedToken_ImplicitGrant_IsTheToken()
    {
        var (user, oauth, person) = await StartAsync(redirect => FormField(redirect.Fragment, "access_token"));

        var token = await new PinLogin(oauth, person, person.Screen).LoginAsync(AniListResponseType.Token);

        Assert.Equal(user.Id, AniListAccessToken.Parse(token.AccessToken).UserId);
        Assert.Contains("paste the token it shows", person.Screen.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastedAddress_TheCodeIsTakenFromIt()
    {
        var (user, oauth, person) = await StartAsync(redirect => "  " + redirect + "  ");

        var token = await new PinLogin(oauth, person, person.Screen).LoginAsync();

        Assert.Equal(user.Id, AniListAccessToken.Parse(token.AccessToken).UserId);
    }

    [Fact]
    public async Task NothingPasted_Throws()
    {
        var client = await server.Accounts.CreateClientAsync(server.Endpoints.PinRedirectUrl);

        var error = await Assert.ThrowsAsync<AniListOAuthException>(() =>
            new PinLogin(server.OAuthClient(client), new StringReader(""), new StringWriter()).LoginAsync());

        Assert.Equal("no_code_entered", error.Error);
    }

    private async Task<(TestUser User, AniListOAuthClient OAuth, PastingUser Person)> StartAsync(Func<Uri, string> readPinPage)
    {
        var user = await server.Accounts.CreateUserAsync();
        var client = await server.Accounts.CreateClientAsync(server.Endpoints.PinRedirectUrl);
        var browser = server.CreateUserBrowser();
        await browser.LogInAsync(user);
        return (user, server.OAuthClient(client), new PastingUser(browser, readPinPage));
    }

    private static string FormField(string queryOrFragment, string name) =>
        queryOrFragment.TrimStart('?', '#').Split('&').Select(p => p.Split('=', 2))
            .Where(p => p[0] == name).Select(p => Uri.UnescapeDataString(p[1])).Single();
}
