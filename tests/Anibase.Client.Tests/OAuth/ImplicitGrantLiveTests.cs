using Anibase.Client.GraphQL;
using Anibase.Client.OAuth;
using Anibase.Client.Tests.Infrastructure;

namespace Anibase.Client.Tests.OAuth;

/// <summary>AniList's implicit grant against a live server: the token comes back in the fragment.</summary>
[Collection(LiveServerTests.Name)]
public sealed class ImplicitGrantLiveTests(LiveServer server)
{
    [Fact]
    public async Task TokenInTheFragment_IsReadAndWorks()
    {
        var user = await server.Accounts.CreateUserAsync();
        var client = await server.Accounts.CreateClientAsync(LiveLogin.Callback);
        var request = server.OAuthClient(client).CreateAuthorizationRequest(LiveLogin.Callback, AniListResponseType.Token);
        using var browser = server.CreateUserBrowser();
        await browser.LogInAsync(user);

        var redirect = await browser.AuthorizeAsync(request.Url);
        var response = AuthorizationResponse.Parse(redirect, request.State);

        Assert.Contains("#access_token=", redirect.ToString(), StringComparison.Ordinal);
        Assert.Null(response.Code);
        Assert.Equal("Bearer", response.Token!.TokenType);
        Assert.Equal(user.Id, AniListAccessToken.Parse(response.Token.AccessToken).UserId);
        var data = await new AniListGraphQLClient(new HttpClient(), new AniListGraphQLOptions { GraphQLUrl = server.Endpoints.GraphQLUrl })
            .QueryAsync<System.Text.Json.JsonElement>("{ Viewer { name } }", accessToken: response.Token.AccessToken);
        Assert.Equal(user.Name, data.GetProperty("Viewer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task FragmentWithAnotherState_IsRefused()
    {
        var user = await server.Accounts.CreateUserAsync();
        var client = await server.Accounts.CreateClientAsync(LiveLogin.Callback);
        var oauth = server.OAuthClient(client);
        var started = oauth.CreateAuthorizationRequest(LiveLogin.Callback, AniListResponseType.Token);
        var other = oauth.CreateAuthorizationRequest(LiveLogin.Callback, AniListResponseType.Token);
        using var browser = server.CreateUserBrowser();
        await browser.LogInAsync(user);

        var redirect = await browser.AuthorizeAsync(other.Url);

        Assert.Equal("state_mismatch", Assert.Throws<AniListOAuthException>(() => AuthorizationResponse.Parse(redirect, started.State)).Error);
    }
}
