using System.Security.Cryptography;
using System.Text;
using Anibase.Client.OAuth;

namespace Anibase.Client.Tests.OAuth;

/// <summary>The "Login with AniList" link: the guide's parameters, a fresh state, and PKCE when asked.</summary>
public sealed class AuthorizationRequestTests
{
    private static readonly AniListOAuthClient Client = new(new HttpClient(), new AniListOAuthOptions { ClientId = "1234" });

    [Fact]
    public void CodeRequest_HasTheGuidesParametersAndAFreshState()
    {
        var request = Client.CreateAuthorizationRequest(new Uri("http://example.com/callback"));
        var again = Client.CreateAuthorizationRequest(new Uri("http://example.com/callback"));

        var query = Query(request.Url);
        Assert.Equal("https://anilist.co/api/v2/oauth/authorize", request.Url.GetLeftPart(UriPartial.Path));
        Assert.Equal("1234", query["client_id"]);
        Assert.Equal("http://example.com/callback", query["redirect_uri"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(request.State, query["state"]);
        Assert.Equal(43, request.State.Length);
        Assert.NotEqual(request.State, again.State);
        Assert.False(query.ContainsKey("code_challenge"));
        Assert.Null(request.CodeVerifier);
    }

    [Fact]
    public void Pkce_SendsTheS256ChallengeOfTheKeptVerifier()
    {
        var request = Client.CreateAuthorizationRequest(new Uri("http://127.0.0.1:5091/callback"), usePkce: true);

        var query = Query(request.Url);
        Assert.NotNull(request.CodeVerifier);
        var expected = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(request.CodeVerifier)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(expected, query["code_challenge"]);
        Assert.Equal("S256", query["code_challenge_method"]);
    }

    [Fact]
    public void ImplicitRequest_AsksForATokenAndMayLeaveTheRedirectToTheServer()
    {
        var request = Client.CreateAuthorizationRequest(redirectUri: null, AniListResponseType.Token, usePkce: true);

        var query = Query(request.Url);
        Assert.Equal("token", query["response_type"]);
        Assert.False(query.ContainsKey("redirect_uri"));
        Assert.False(query.ContainsKey("code_challenge"));
    }

    [Fact]
    public void AnibaseServerUnderAPath_KeepsThePath()
    {
        var endpoints = AniListEndpoints.ForServer(new Uri("https://example.org/anibase/"));

        Assert.Equal("https://example.org/anibase/api/v2/oauth/authorize", endpoints.AuthorizeUrl.ToString());
        Assert.Equal("https://example.org/anibase/api/v2/oauth/token", endpoints.TokenUrl.ToString());
        Assert.Equal("https://example.org/anibase/api/v2/oauth/pin", endpoints.PinRedirectUrl.ToString());
        Assert.Equal("https://example.org/anibase/graphql", endpoints.GraphQLUrl.ToString());
    }

    private static Dictionary<string, string> Query(Uri url) =>
        url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
}
