using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Anibase.Bench.Http;

/// <summary>The client app's server side: code exchanges and API calls over pooled connections.</summary>
internal sealed class AppClient(Uri server, int connections, int clientId, string clientSecret, string redirectUri) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(1, connections),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
    })
    {
        BaseAddress = server,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>The body of AniList's guide: JSON, client id as a number. Returns the access token.</summary>
    public async Task<string> ExchangeAsync(string code, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/v2/oauth/token", new
        {
            grant_type = "authorization_code",
            client_id = clientId,
            client_secret = clientSecret,
            redirect_uri = redirectUri,
            code,
        }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"token endpoint answered {(int)response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    /// <summary>A GraphQL call; throws unless the answer is 200 without errors.</summary>
    public async Task<JsonElement> GraphQLAsync(string body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        using var json = JsonDocument.Parse(text);
        if (!response.IsSuccessStatusCode || json.RootElement.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"GraphQL answered {(int)response.StatusCode}: {text}");
        }

        return json.RootElement.GetProperty("data").Clone();
    }

    public void Dispose() => http.Dispose();
}
