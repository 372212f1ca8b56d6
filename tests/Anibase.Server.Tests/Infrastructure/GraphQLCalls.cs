using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Anibase.Server.Tests.Infrastructure;

public static class GraphQLCalls
{
    public const string ViewerQuery = "query { Viewer { id name } }";

    public static async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(
        HttpClient http, string query, string? token = null, string path = "/graphql")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { query }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await http.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response, body);
    }
}
