using System.Net;
using System.Text.Json;
using Anibase.Client.OAuth;
using Anibase.Client.Tests.Infrastructure;
using static Anibase.Client.Tests.Infrastructure.StubHandler;

namespace Anibase.Client.Tests.OAuth;

/// <summary>The code exchange's two body styles and the token endpoint's errors, against a stub.</summary>
public sealed class TokenRequestTests
{
    private const string TokenJson = """{"token_type":"Bearer","expires_in":31536000,"access_token":"eyJ.a.b"}""";
    private static readonly Uri Callback = new("http://example.com/callback");

    [Fact]
    public async Task JsonBody_SendsTheGuidesFields()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.OK, TokenJson));

        var token = await Client(stub, TokenRequestBody.Json).ExchangeCodeAsync("the-code", Callback, codeVerifier: "v");

        Assert.Equal(new AniListTokenResponse("eyJ.a.b", "Bearer", TimeSpan.FromSeconds(31536000)), token);
        var sent = Assert.Single(stub.Requests);
        Assert.Equal("https://anilist.co/api/v2/oauth/token", sent.Uri.ToString());
        Assert.Equal("application/json", sent.ContentType);
        var body = JsonSerializer.Deserialize<Dictionary<string, string>>(sent.Body)!;
        Assert.Equal(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "77",
            ["client_secret"] = "s3cret",
            ["redirect_uri"] = "http://example.com/callback",
            ["code"] = "the-code",
            ["code_verifier"] = "v",
        }, body);
    }

    [Fact]
    public async Task FormBody_SendsTheSameFieldsAsAForm()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.OK, TokenJson));

        await Client(stub, TokenRequestBody.Form).ExchangeCodeAsync("the-code", Callback);

        var sent = Assert.Single(stub.Requests);
        Assert.Equal("application/x-www-form-urlencoded", sent.ContentType);
        Assert.Equal("grant_type=authorization_code&client_id=77&client_secret=s3cret&redirect_uri=http%3A%2F%2Fexample.com%2Fcallback&code=the-code", sent.Body);
    }

    [Fact]
    public async Task RfcError_ThrowsWithErrorAndDescription()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.BadRequest,
            """{"error":"invalid_grant","error_description":"The specified authorization code is invalid.","message":"The specified authorization code is invalid."}"""));

        var error = await Assert.ThrowsAsync<AniListOAuthException>(() => Client(stub).ExchangeCodeAsync("used", Callback));

        Assert.Equal("invalid_grant", error.Error);
        Assert.Equal("The specified authorization code is invalid.", error.Description);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task AniListStyleError_ReadsItsMessage()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.BadRequest,
            """{"error":"unsupported_grant_type","message":"The authorization grant type is not supported by the authorization server.","hint":"Check that all required parameters have been provided"}"""));

        var error = await Assert.ThrowsAsync<AniListOAuthException>(() => Client(stub).ExchangeCodeAsync("c", Callback));

        Assert.Equal("unsupported_grant_type", error.Error);
        Assert.Equal("The authorization grant type is not supported by the authorization server.", error.Description);
    }

    [Fact]
    public async Task NotJson_ThrowsInvalidResponse()
    {
        var stub = new StubHandler(() => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>502</html>") });

        var error = await Assert.ThrowsAsync<AniListOAuthException>(() => Client(stub).ExchangeCodeAsync("c", Callback));

        Assert.Equal("invalid_response", error.Error);
        Assert.Equal(502, error.StatusCode);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task SuccessWithoutAToken_ThrowsInvalidResponse()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.OK, """{"token_type":"Bearer"}"""));

        var error = await Assert.ThrowsAsync<AniListOAuthException>(() => Client(stub).ExchangeCodeAsync("c", Callback));

        Assert.Equal("invalid_response", error.Error);
    }

    private static AniListOAuthClient Client(StubHandler stub, TokenRequestBody body = TokenRequestBody.Json) =>
        new(stub.CreateClient(), new AniListOAuthOptions { ClientId = "77", ClientSecret = "s3cret", TokenRequestBody = body });
}
