using Anibase.Client.OAuth;
using Anibase.Server.Developers;

namespace Anibase.Client.Tests.Infrastructure;

/// <summary>A user who approved a client, and the token the client got: for the tests about what comes after login.</summary>
public sealed record LoggedIn(TestUser User, CreatedClient Client, string AccessToken);

public static class LiveLogin
{
    public static readonly Uri Callback = new("http://127.0.0.1:9/callback");

    public static AniListOAuthClient OAuthClient(this LiveServer server, CreatedClient client, TokenRequestBody body = TokenRequestBody.Json) =>
        new(new HttpClient(), new AniListOAuthOptions
        {
            ClientId = client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ClientSecret = client.ClientSecret,
            Endpoints = server.Endpoints,
            TokenRequestBody = body,
        });

    /// <summary>A new user approves a new client, and the client exchanges the code with the library.</summary>
    public static async Task<LoggedIn> LogInAsync(this LiveServer server)
    {
        var user = await server.Accounts.CreateUserAsync();
        var client = await server.Accounts.CreateClientAsync(Callback);
        var oauth = server.OAuthClient(client);
        var request = oauth.CreateAuthorizationRequest(Callback);
        using var browser = server.CreateUserBrowser();
        await browser.LogInAsync(user);
        var redirect = await browser.AuthorizeAsync(request.Url);
        var token = await oauth.ExchangeCodeAsync(AuthorizationResponse.Parse(redirect, request.State).Code!, request);
        return new LoggedIn(user, client, token.AccessToken);
    }
}
