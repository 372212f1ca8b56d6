using Anibase.Client.OAuth;

namespace Anibase.Client.Tests.OAuth;

/// <summary>Reading where the server sent the browser back: a code, a token in the fragment, or an error.</summary>
public sealed class AuthorizationResponseTests
{
    [Fact]
    public void CodeRedirect_GivesTheCodeWhenTheStateIsOurs()
    {
        var response = AuthorizationResponse.Parse(new Uri("http://example.com/callback?code=abc%2B1&state=s1&iss=http%3A%2F%2Fa"), "s1");

        Assert.Equal("abc+1", response.Code);
        Assert.Equal("s1", response.State);
        Assert.Null(response.Token);
    }

    [Fact]
    public void ImplicitRedirect_GivesTheTokenFromTheFragment()
    {
        var response = AuthorizationResponse.Parse(
            new Uri("http://example.com/callback#access_token=eyJ.x.y&token_type=Bearer&expires_in=31536000&state=s2"), "s2");

        Assert.Equal(new AniListTokenResponse("eyJ.x.y", "Bearer", TimeSpan.FromDays(365)), response.Token);
        Assert.Null(response.Code);
    }

    [Fact]
    public void OtherState_IsRefused()
    {
        var error = Assert.Throws<AniListOAuthException>(() =>
            AuthorizationResponse.Parse(new Uri("http://example.com/callback?code=abc&state=attacker"), "mine"));

        Assert.Equal("state_mismatch", error.Error);
    }

    [Fact]
    public void MissingState_IsRefusedWhenOneWasSent()
    {
        var error = Assert.Throws<AniListOAuthException>(() => AuthorizationResponse.Parse(new Uri("http://example.com/callback?code=abc"), "mine"));

        Assert.Equal("state_mismatch", error.Error);
    }

    [Fact]
    public void Denial_ThrowsAccessDeniedWithTheDescription()
    {
        var error = Assert.Throws<AniListOAuthException>(() => AuthorizationResponse.Parse(
            new Uri("http://example.com/callback?error=access_denied&error_description=The+user+denied+the+request.&state=s")));

        Assert.Equal("access_denied", error.Error);
        Assert.Equal("The user denied the request.", error.Description);
    }

    [Fact]
    public void NeitherCodeNorToken_IsAnInvalidResponse()
    {
        var error = Assert.Throws<AniListOAuthException>(() => AuthorizationResponse.Parse(new Uri("http://example.com/callback?state=s")));

        Assert.Equal("invalid_response", error.Error);
    }
}
