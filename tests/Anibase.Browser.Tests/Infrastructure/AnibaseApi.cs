using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Anibase.Browser.Tests.Infrastructure;

/// <summary>
/// What an app does on its own server with what the user hands it: the token request and API
/// calls, over HTTP to the Anibase server's socket.
/// </summary>
public static class AnibaseApi
{
    private static readonly HttpClient Http = new();

    /// <summary>The token request of AniList's guide, as a form; the whole response.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> ExchangeCodeAsync(
        Uri server, int clientId, string clientSecret, string redirectUri, string code)
    {
        using var response = await Http.PostAsync(new Uri(server, "api/v2/oauth/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId.ToString(CultureInfo.InvariantCulture),
            ["client_secret"] = clientSecret,
            ["redirect_uri"] = redirectUri,
            ["code"] = code,
        }));
        return (response.StatusCode, await BodyAsync(response));
    }

    /// <summary>The code exchanged for an access token; fails the journey if the server refuses.</summary>
    public static async Task<string> AccessTokenAsync(Uri server, int clientId, string clientSecret, string redirectUri, string code)
    {
        var (status, body) = await ExchangeCodeAsync(server, clientId, clientSecret, redirectUri, code);
        Assert.True(status == HttpStatusCode.OK, $"The token request failed: HTTP {(int)status} {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary><c>{ Viewer { id name } }</c> with the token, as the app asks who logged in.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> ViewerAsync(Uri server, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "graphql"))
        {
            Content = JsonContent.Create(new { query = "query { Viewer { id name } }" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await BodyAsync(response));
    }

    /// <summary>The name <c>Viewer</c> answers with; fails the journey if the token is refused.</summary>
    public static async Task<string> ViewerNameAsync(Uri server, string accessToken)
    {
        var (status, body) = await ViewerAsync(server, accessToken);
        Assert.True(status == HttpStatusCode.OK, $"The API refused the token: HTTP {(int)status} {body}");
        return body.GetProperty("data").GetProperty("Viewer").GetProperty("name").GetString()!;
    }

    /// <summary>AniList's answer to a revoked or unknown token, for any query: 400 "Invalid token".</summary>
    public static async Task AssertRefusedAsync(Uri server, string accessToken)
    {
        var (status, body) = await ViewerAsync(server, accessToken);
        Assert.True(status == HttpStatusCode.BadRequest, $"The token still works: HTTP {(int)status} {body}");
        var error = body.GetProperty("errors")[0];
        Assert.Equal("Invalid token", error.GetProperty("message").GetString());
        Assert.Equal(400, error.GetProperty("status").GetInt32());
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
