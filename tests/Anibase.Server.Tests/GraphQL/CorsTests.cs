using System.Net;
using System.Net.Http.Json;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.GraphQL;

/// <summary>
/// AniList's CORS: a page on any origin may call the GraphQL API and the token endpoint and read
/// the rate-limit headers; the site's own pages stay closed to other origins.
/// </summary>
public sealed class CorsTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    private const string Origin = "https://app.example";

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/")]
    [InlineData("/api/v2/oauth/token")]
    public async Task Preflight_Is204AndAllowsAnyOriginAndHeader(string path)
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-custom-client");

        var response = await app.CreateClient().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        var methods = Header(response, "Access-Control-Allow-Methods");
        Assert.All(["GET", "POST", "OPTIONS"], method => Assert.Contains(method, methods, StringComparison.Ordinal));
        Assert.Equal("authorization,content-type,x-custom-client", Header(response, "Access-Control-Allow-Headers"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Theory]
    [InlineData("{ __typename }", HttpStatusCode.OK)]
    [InlineData(GraphQLCalls.ViewerQuery, HttpStatusCode.Unauthorized)]
    public async Task GraphQLAnswer_ToAnyOrigin_ExposesTheRateLimitHeaders(string query, HttpStatusCode status)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Add("Origin", Origin);

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        var exposed = Header(response, "Access-Control-Expose-Headers").Split(',');
        Assert.All(["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After"], header => Assert.Contains(header, exposed));
    }

    [Fact]
    public async Task TokenEndpointAnswer_ToAnyOrigin_IsReadable()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/oauth/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "authorization_code"), new("code", "nope")]),
        };
        request.Headers.Add("Origin", Origin);

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/login")]
    [InlineData("/api/v2/oauth/authorize?client_id=1&response_type=code")]
    public async Task Pages_AreNotOpenToOtherOrigins(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", Origin);

        var response = await app.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        string.Join(',', response.Headers.GetValues(name));
}
