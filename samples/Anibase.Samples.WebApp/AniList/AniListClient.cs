using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Anibase.Samples.WebApp.AniList;

/// <summary>
/// The two server-side calls of AniList's "Authorization Code Grant" guide: exchange the code for
/// a token, then ask GraphQL who the token belongs to. Failures come back as values, never as
/// exceptions, so the page can always say what happened.
/// </summary>
public sealed class AniListClient(HttpClient http, IOptions<AniListOptions> options, ILogger<AniListClient> logger)
{
    private const string ViewerQuery = "query { Viewer { id name } }";

    public async Task<AniListResult<string>> ExchangeCodeAsync(string code, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // The guide's JavaScript example, field for field: a JSON body, the secret in the body.
        var body = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret,
            ["redirect_uri"] = settings.RedirectUri.OriginalString,
            ["code"] = code,
        };
        var (json, failure) = await PostAsync("token request", settings.TokenUrl, body, accessToken: null, cancellationToken);
        if (failure is not null)
        {
            return new(null, failure);
        }

        var accessToken = JsonFields.Text(JsonFields.Field(json, "access_token"));
        return accessToken is null
            ? new(null, Fail("token request", 200, "The answer has no access_token."))
            : new(accessToken, null);
    }

    public async Task<AniListResult<Viewer>> GetViewerAsync(string accessToken, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, string> { ["query"] = ViewerQuery };
        var (json, failure) = await PostAsync("Viewer query", options.Value.GraphQLUrl, body, accessToken, cancellationToken);
        if (failure is not null)
        {
            return new(null, failure);
        }

        var viewer = JsonFields.Field(JsonFields.Field(json, "data"), "Viewer");
        var id = JsonFields.Integer(JsonFields.Field(viewer, "id"));
        var name = JsonFields.Text(JsonFields.Field(viewer, "name"));
        return id is null || name is null
            ? new(null, Fail("Viewer query", 200, "The answer has no Viewer id and name."))
            : new(new Viewer(id.Value, name), null);
    }

    private async Task<(JsonNode? Json, AniListFailure? Failure)> PostAsync(
        string request, Uri url, Dictionary<string, string> body, string? accessToken, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (accessToken is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        try
        {
            using var response = await http.SendAsync(message, cancellationToken);
            var json = ParseOrNull(await response.Content.ReadAsStringAsync(cancellationToken));
            var status = (int)response.StatusCode;
            if (json is null)
            {
                return (null, Fail(request, status, $"The answer is not JSON ({response.ReasonPhrase})."));
            }

            // GraphQL can report errors in the body of an HTTP 200; any error means no usable answer.
            if (!response.IsSuccessStatusCode || JsonFields.Field(json, "errors") is not null)
            {
                return (null, Fail(request, status, JsonFields.ErrorMessage(json) ?? "The server gave no error message."));
            }

            return (json, null);
        }
        catch (HttpRequestException exception)
        {
            AniListLog.Unreachable(logger, request, url, exception);
            return (null, new AniListFailure(request, null, $"Could not reach {url.GetLeftPart(UriPartial.Authority)}: {exception.Message}"));
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            AniListLog.Unreachable(logger, request, url, exception);
            return (null, new AniListFailure(request, null, $"{url.GetLeftPart(UriPartial.Authority)} did not answer in time."));
        }
    }

    private AniListFailure Fail(string request, int status, string message)
    {
        AniListLog.RequestFailed(logger, request, status, message);
        return new AniListFailure(request, status, message);
    }

    private static JsonNode? ParseOrNull(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
