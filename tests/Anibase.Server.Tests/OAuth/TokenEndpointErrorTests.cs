using System.Net;
using System.Text;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.OAuth;

/// <summary>Every way a token request can be wrong: a 4xx with <c>error</c>, <c>error_description</c> and <c>message</c>.</summary>
public sealed class TokenEndpointErrorTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task TokenRequest_WrongSecret_IsInvalidClient()
    {
        var (_, client, code) = await app.MintCodeAsync();

        var response = await TokenRequests.JsonAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, "wrong" + client.ClientSecret[5..], code));

        await AssertErrorAsync(response, "invalid_client");
    }

    [Fact]
    public async Task TokenRequest_ReusedCode_IsInvalidGrantAndRevokesFirstToken()
    {
        var (_, client, code) = await app.MintCodeAsync();
        var http = app.CreateClient();
        var first = await TokenRequests.JsonAsync(http, TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));
        var token = await GuideFlow.AccessTokenOf(first);
        var (before, _) = await GraphQLCalls.PostAsync(http, GraphQLCalls.ViewerQuery, token);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        var second = await TokenRequests.JsonAsync(http, TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));

        await AssertErrorAsync(second, "invalid_grant");
        var (after, body) = await GraphQLCalls.PostAsync(http, GraphQLCalls.ViewerQuery, token);
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
        Assert.Equal("Invalid token", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task TokenRequest_ExpiredCode_IsInvalidGrant()
    {
        var (_, client, code) = await app.MintCodeAsync();

        app.Time.Advance(TimeSpan.FromMinutes(11));
        var response = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code));

        await AssertErrorAsync(response, "invalid_grant");
    }

    [Fact]
    public async Task TokenRequest_CodeOfAnotherClient_IsInvalidGrant()
    {
        var (_, _, code) = await app.MintCodeAsync();
        var other = await app.Data.CreateClientAsync();

        var response = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(other.ClientId, other.ClientSecret, code));

        await AssertErrorAsync(response, "invalid_grant");
    }

    [Fact]
    public async Task TokenRequest_DifferentRedirectUriThanAuthorized_IsInvalidGrant()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync(redirectUris: ["https://a.example/cb", "https://b.example/cb"]);
        var code = await new OAuthBrowser(app.CreateBrowser()).GetCodeAsync(user, client.ClientId, "https://a.example/cb");

        var response = await TokenRequests.FormAsync(app.CreateClient(),
            TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code, "https://b.example/cb"));

        await AssertErrorAsync(response, "invalid_grant");
    }

    [Fact]
    public async Task TokenRequest_UnknownCode_IsInvalidGrant()
    {
        var client = await app.Data.CreateClientAsync();

        var response = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, "not-a-code"));

        await AssertErrorAsync(response, "invalid_grant");
    }

    [Theory]
    [InlineData("grant_type")]
    [InlineData("code")]
    [InlineData("client_id")]
    [InlineData("redirect_uri")]
    public async Task TokenRequest_MissingParameter_IsA400NamingIt(string missing)
    {
        var (_, client, code) = await app.MintCodeAsync();
        var fields = TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, code);
        fields.Remove(missing);

        var response = await TokenRequests.FormAsync(app.CreateClient(), fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(missing, body.GetProperty("error_description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenRequest_EmptyPost_IsA400WithMessage()
    {
        var response = await app.CreateClient().PostAsync("/api/v2/oauth/token", null);

        await AssertErrorAsync(response, "invalid_request");
    }

    [Theory]
    [InlineData("{\"grant_type\": \"authorization_code\", ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"just a string\"")]
    public async Task TokenRequest_MalformedJson_IsInvalidRequest(string json)
    {
        var response = await app.CreateClient().PostAsync("/api/v2/oauth/token", new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertErrorAsync(response, "invalid_request");
    }

    [Fact]
    public async Task TokenRequest_PlainTextBody_IsInvalidRequest()
    {
        var response = await app.CreateClient().PostAsync("/api/v2/oauth/token", new StringContent("grant_type=authorization_code", Encoding.UTF8, "text/plain"));

        await AssertErrorAsync(response, "invalid_request");
    }

    [Fact]
    public async Task TokenRequest_Get_IsRefused()
    {
        var response = await app.CreateClient().GetAsync("/api/v2/oauth/token?grant_type=authorization_code");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, string error)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{(int)response.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(error, body.GetProperty("error").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("error_description").GetString()));
        Assert.Equal(body.GetProperty("error_description").GetString(), body.GetProperty("message").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }
}
