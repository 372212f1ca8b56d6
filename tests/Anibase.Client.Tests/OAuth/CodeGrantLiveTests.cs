using Anibase.Client.GraphQL;
using Anibase.Client.OAuth;
using Anibase.Client.Tests.Infrastructure;

namespace Anibase.Client.Tests.OAuth;

/// <summary>
/// The guide's code grant end to end against a live Anibase server: the library builds the link,
/// a user approves in the (played) browser, the library reads the redirect and exchanges the code.
/// </summary>
[Collection(LiveServerTests.Name)]
public sealed class CodeGrantLiveTests(LiveServer server)
{
    [Theory]
    [InlineData(TokenRequestBody.Json)]
    [InlineData(TokenRequestBody.Form)]
    public async Task ExchangeCode_EitherBody_GivesAYearLongTokenForTheUser(TokenRequestBody body)
    {
        var (user, oauth, request, redirect) = await ApproveAsync(body);

        var token = await oauth.ExchangeCodeAsync(AuthorizationResponse.Parse(redirect, request.State).Code!, request);

        Assert.Equal("Bearer", token.TokenType);
        Assert.Equal(TimeSpan.FromDays(365), token.ExpiresIn);
        var claims = AniListAccessToken.Parse(token.AccessToken);
        Assert.Equal(user.Id, claims.UserId);
        Assert.Equal(TimeSpan.FromDays(365), claims.ExpiresAt - claims.IssuedAt);
        Assert.Equal(oauth.Options.ClientId, claims.ClientId);
        var viewer = await new AniListGraphQLClient(new HttpClient(), new AniListGraphQLOptions { GraphQLUrl = server.Endpoints.GraphQLUrl })
            .QueryAsync<ViewerData>("query { Viewer { id name } }", accessToken: token.AccessToken);
        Assert.Equal(new Viewer(user.Id, user.Name), viewer.Viewer);
    }

    [Fact]
    public async Task Pkce_TheVerifierIsSentAndChecked()
    {
        var (user, oauth, request, redirect) = await ApproveAsync(usePkce: true);

        var token = await oauth.ExchangeCodeAsync(AuthorizationResponse.Parse(redirect, request.State).Code!, request);

        Assert.Equal(user.Id, AniListAccessToken.Parse(token.AccessToken).UserId);
    }

    [Theory]
    [InlineData(null, "invalid_request")]
    [InlineData("another-verifier-of-forty-three-characters-", "invalid_grant")]
    public async Task Pkce_MissingOrWrongVerifier_IsRefused(string? verifier, string expectedError)
    {
        var (_, oauth, request, redirect) = await ApproveAsync(usePkce: true);
        var code = AuthorizationResponse.Parse(redirect, request.State).Code!;

        var error = await Assert.ThrowsAsync<AniListOAuthException>(() => oauth.ExchangeCodeAsync(code, request.RedirectUri, verifier));

        Assert.Equal(expectedError, error.Error);
    }

    [Fact]
    public async Task CodeUsedTwice_SecondExchangeIsRefused()
    {
        var (_, oauth, request, redirect) = await ApproveAsync();
        var code = AuthorizationResponse.Parse(redirect, request.State).Code!;
        await oauth.ExchangeCodeAsync(code, request);

        var error = await Assert.ThrowsAsync<AniListOAuthException>(() => oauth.ExchangeCodeAsync(code, request));

        Assert.Equal("invalid_grant", error.Error);
        Assert.Equal(400, error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.Description));
    }

    [Fact]
    public async Task WrongSecret_IsRefusedAsInvalidClient()
    {
        var (_, oauth, request, redirect) = await ApproveAsync();
        var impostor = new AniListOAuthClient(new HttpClient(), new AniListOAuthOptions
        {
            ClientId = oauth.Options.ClientId,
            ClientSecret = "not-the-secret",
            Endpoints = server.Endpoints,
        });

        var error = await Assert.ThrowsAsync<AniListOAuthException>(() =>
            impostor.ExchangeCodeAsync(AuthorizationResponse.Parse(redirect, request.State).Code!, request));

        Assert.Equal("invalid_client", error.Error);
    }

    [Fact]
    public async Task UserDenies_TheRedirectReadsAsAccessDenied()
    {
        var (_, _, request, redirect) = await ApproveAsync(decision: "deny");

        var error = Assert.Throws<AniListOAuthException>(() => AuthorizationResponse.Parse(redirect, request.State));

        Assert.Equal("access_denied", error.Error);
    }

    private async Task<(TestUser User, AniListOAuthClient OAuth, AuthorizationRequest Request, Uri Redirect)> ApproveAsync(
        TokenRequestBody body = TokenRequestBody.Json, bool usePkce = false, string decision = "approve")
    {
        var user = await server.Accounts.CreateUserAsync();
        var client = await server.Accounts.CreateClientAsync(LiveLogin.Callback);
        var oauth = server.OAuthClient(client, body);
        var request = oauth.CreateAuthorizationRequest(LiveLogin.Callback, usePkce: usePkce);
        using var browser = server.CreateUserBrowser();
        await browser.LogInAsync(user);
        var redirect = await browser.AuthorizeAsync(request.Url, decision);
        Assert.StartsWith(LiveLogin.Callback.ToString(), redirect.ToString(), StringComparison.Ordinal);
        return (user, oauth, request, redirect);
    }

    public sealed record ViewerData(Viewer Viewer);

    public sealed record Viewer(int Id, string Name);
}
