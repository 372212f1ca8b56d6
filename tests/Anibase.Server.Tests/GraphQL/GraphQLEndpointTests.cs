using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.GraphQL;

/// <summary>The API's answers where AniList's clients look: HTTP status, <c>errors[].status</c>, <c>data</c>.</summary>
public sealed class GraphQLEndpointTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Theory]
    [InlineData("/graphql")]
    [InlineData("/")]
    public async Task Viewer_WithoutToken_Is401WithAniListShape(string path)
    {
        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, path: path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("Viewer").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("Unauthorized.", error.GetProperty("message").GetString());
        Assert.Equal(401, error.GetProperty("status").GetInt32());
        var location = Assert.Single(error.GetProperty("locations").EnumerateArray());
        Assert.Equal(1, location.GetProperty("line").GetInt32());
        Assert.Equal(9, location.GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/")]
    public async Task Viewer_WithToken_ReturnsTheUser(string path)
    {
        var (user, _, token) = await app.IssueTokenAsync();

        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(user.Name, body.GetProperty("data").GetProperty("Viewer").GetProperty("name").GetString());
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.")]
    public async Task AnyQuery_WithBadToken_Is400InvalidToken(string token)
    {
        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, token);

        AssertInvalidToken(response, body);
    }

    [Fact]
    public async Task AnyQuery_WithTamperedToken_Is400InvalidToken()
    {
        var (_, _, token) = await app.IssueTokenAsync();
        var parts = token.Split('.');
        var tampered = parts[0] + "." + parts[1] + "." + new string(parts[2].Reverse().ToArray());

        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), GraphQLCalls.ViewerQuery, tampered);

        AssertInvalidToken(response, body);
    }

    [Fact]
    public async Task AnyQuery_WithExpiredToken_Is400InvalidToken()
    {
        using var isolated = new AnibaseApp();
        var (_, _, token) = await isolated.IssueTokenAsync();

        isolated.Time.Advance(TimeSpan.FromDays(366));
        var (response, body) = await GraphQLCalls.PostAsync(isolated.CreateClient(), GraphQLCalls.ViewerQuery, token);

        AssertInvalidToken(response, body);
    }

    [Fact]
    public async Task Token_IssuedOnOneHostName_IsAcceptedOnAnother()
    {
        // anilist.co and graphql.anilist.co both pointed at one Anibase: the token comes from the
        // first, the API calls go to the second.
        var (user, _, token) = await app.IssueTokenAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new StringContent("{\"query\":\"{ Viewer { name } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = "graphql.anilist.co";
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await app.CreateClient().SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains(user.Name, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Is404WithHintToPost()
    {
        var response = await app.CreateClient().GetAsync("/graphql");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("POST", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"query\": ")]
    [InlineData("[not json")]
    [InlineData("{}")]
    [InlineData("{\"query\": \"\"}")]
    public async Task MalformedBody_Is400WithMessage(string json)
    {
        var response = await app.CreateClient().PostAsync("/graphql", new StringContent(json, Encoding.UTF8, "application/json"));

        await AssertClientErrorAsync(response);
    }

    [Fact]
    public async Task NonJsonBody_Is400WithMessage()
    {
        var response = await app.CreateClient().PostAsync("/graphql", new StringContent("query { Viewer { id } }", Encoding.UTF8, "text/plain"));

        await AssertClientErrorAsync(response);
    }

    [Theory]
    [InlineData("query { Viewer { id name ")]
    [InlineData("query { Viewer { nosuchfield } }")]
    [InlineData("query { NoSuchRoot }")]
    public async Task InvalidDocument_Is400WithLocation(string query)
    {
        var (response, body) = await GraphQLCalls.PostAsync(app.CreateClient(), query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = body.GetProperty("errors")[0];
        Assert.Equal(400, error.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task NonBearerAuthorization_IsTreatedAsAnonymous()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ Viewer { id } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");

        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static void AssertInvalidToken(HttpResponseMessage response, JsonElement body)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("Invalid token", error.GetProperty("message").GetString());
        Assert.Equal(400, error.GetProperty("status").GetInt32());
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    private static async Task AssertClientErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var error = body.GetProperty("errors")[0];
        Assert.Equal(400, error.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }
}
