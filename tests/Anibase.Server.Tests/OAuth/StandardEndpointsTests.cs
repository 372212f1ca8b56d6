using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Anibase.Server.Developers;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.OAuth;

/// <summary>
/// What AniList lacks and standard clients expect: RFC 8414 discovery, RFC 9207's <c>iss</c> on
/// authorization responses, RFC 7009 revocation and RFC 7662 introspection.
/// </summary>
public sealed class StandardEndpointsTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Theory]
    [InlineData("/.well-known/oauth-authorization-server")]
    [InlineData("/.well-known/openid-configuration")]
    public async Task Discovery_DescribesTheEndpointsAndWhatTheyAccept(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var metadata = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("http://localhost/", metadata.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost/api/v2/oauth/authorize", metadata.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost/api/v2/oauth/token", metadata.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/api/v2/oauth/revoke", metadata.GetProperty("revocation_endpoint").GetString());
        Assert.Equal("http://localhost/api/v2/oauth/introspect", metadata.GetProperty("introspection_endpoint").GetString());
        Assert.Equal(["S256"], Strings(metadata, "code_challenge_methods_supported"));
        Assert.True(metadata.GetProperty("authorization_response_iss_parameter_supported").GetBoolean());
        Assert.Contains("token", Strings(metadata, "response_types_supported"));
        Assert.Contains("refresh_token", Strings(metadata, "grant_types_supported"));
    }

    [Fact]
    public async Task AuthorizationResponse_CarriesTheIssuer()
    {
        var user = await app.Data.CreateUserAsync();
        var client = await app.Data.CreateClientAsync();

        var response = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(user, OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri));

        Assert.Equal("http://localhost/", OAuthBrowser.ParseRedirect(response)["iss"]);
    }

    [Fact]
    public async Task Revocation_AccessToken_RefusedByTheApiAtOnce()
    {
        var (_, client, token) = await app.IssueTokenAsync();
        // Used a moment before, so this server remembers it as valid.
        Assert.Equal(HttpStatusCode.OK, (await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token)).Response.StatusCode);

        var revoked = await PostAsync("/api/v2/oauth/revoke", client, new() { ["token"] = token, ["token_type_hint"] = "access_token" });

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Invalid token", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Revocation_UnknownToken_AnsweredOkAsRfc7009Says()
    {
        var client = await app.Data.CreateClientAsync();

        var response = await PostAsync("/api/v2/oauth/revoke", client, new() { ["token"] = "not-a-token" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Revocation_SomeoneElsesToken_LeavesItWorking()
    {
        var (_, _, token) = await app.IssueTokenAsync();
        var other = await app.Data.CreateClientAsync();

        await PostAsync("/api/v2/oauth/revoke", other, new() { ["token"] = token });

        Assert.Equal(HttpStatusCode.OK, (await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token)).Response.StatusCode);
    }

    [Fact]
    public async Task Revocation_WrongSecret_Unauthorized()
    {
        var (_, client, token) = await app.IssueTokenAsync();

        var response = await PostAsync("/api/v2/oauth/revoke", client with { ClientSecret = "wrong" }, new() { ["token"] = token });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token)).Response.StatusCode);
    }

    [Fact]
    public async Task Introspection_ValidThenRevokedToken()
    {
        var (user, client, token) = await app.IssueTokenAsync();

        var active = await IntrospectAsync(client, token);
        Assert.True(active.GetProperty("active").GetBoolean());
        Assert.Equal(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), active.GetProperty("sub").GetString());
        Assert.Equal(client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture), active.GetProperty("client_id").GetString());

        await PostAsync("/api/v2/oauth/revoke", client, new() { ["token"] = token });
        Assert.False((await IntrospectAsync(client, token)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Introspection_ByAPublicClient_OfItsOwnToken_Refused()
    {
        var client = await app.Data.CreateClientAsync(features: new ClientFeatures(IsPublic: true));
        var pkce = Pkce.Create();
        var approved = await new OAuthBrowser(app.CreateBrowser()).AuthorizeAsync(await app.Data.CreateUserAsync(),
            OAuthBrowser.AuthorizeUrl(client.ClientId, TestData.DefaultRedirectUri) + pkce.Query);
        var grant = TokenRequests.CodeGrant(client.ClientId, "", OAuthBrowser.ParseRedirect(approved)["code"]);
        grant.Remove("client_secret");
        grant["code_verifier"] = pkce.Verifier;
        var token = await GuideFlow.AccessTokenOf(await TokenRequests.FormAsync(app.CreateClient(), grant));

        var response = await app.CreateClient().PostAsync("/api/v2/oauth/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["token"] = token,
        }));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("\"active\": true", text, StringComparison.Ordinal);
    }

    private async Task<JsonElement> IntrospectAsync(CreatedClient client, string token)
    {
        var response = await PostAsync("/api/v2/oauth/introspect", client, new() { ["token"] = token });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Client authentication with HTTP Basic, as RFC 7009 and RFC 7662 clients usually send it.</summary>
    private Task<HttpResponseMessage> PostAsync(string path, CreatedClient client, Dictionary<string, string> fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{client.ClientId}:{client.ClientSecret}")));
        return app.CreateClient().SendAsync(request);
    }

    private static string[] Strings(JsonElement metadata, string name) =>
        [.. metadata.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
