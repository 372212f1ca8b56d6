using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Anibase.Client.GraphQL;

/// <summary>
/// Sends GraphQL documents to AniList's API (or an Anibase server's) and reads the answers into
/// the caller's types with System.Text.Json. Errors become typed exceptions; the rate-limit
/// headers are read on every answer. Give it an <see cref="HttpClient"/> of your own, or register
/// it as a typed client: <c>services.AddHttpClient&lt;AniListGraphQLClient&gt;()</c> (with the
/// options registered as a singleton, or none for the defaults). It never disposes the client.
/// </summary>
public sealed class AniListGraphQLClient
{
    private readonly HttpClient http;

    /// <summary>Creates a client that sends its requests through <paramref name="httpClient"/>.</summary>
    /// <param name="httpClient">The HTTP client to use; it stays the caller's.</param>
    /// <param name="options">The endpoint and the rate-limit behaviour; the defaults when null.</param>
    public AniListGraphQLClient(HttpClient httpClient, AniListGraphQLOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        http = httpClient;
        Options = options ?? new AniListGraphQLOptions();
    }

    /// <summary>The options this client was created with.</summary>
    public AniListGraphQLOptions Options { get; }

    /// <summary>
    /// Sends a query or mutation and returns its <c>data</c> as a <typeparamref name="TData"/>,
    /// e.g. <c>record ViewerData(Viewer Viewer)</c> for <c>query { Viewer { id name } }</c>.
    /// </summary>
    /// <typeparam name="TData">The caller's type for the <c>data</c> member.</typeparam>
    /// <param name="document">The GraphQL document.</param>
    /// <param name="variables">Its variables (an anonymous object works), or null.</param>
    /// <param name="accessToken">The user's bearer token, or null to send none.</param>
    /// <param name="cancellationToken">Cancels the request, and any wait for the rate limit.</param>
    /// <returns>The answer's data.</returns>
    /// <exception cref="AniListGraphQLException">The API answered with an error (see its subclasses) or not with GraphQL.</exception>
    /// <exception cref="TimeoutException">No answer within <see cref="HttpClient.Timeout"/>.</exception>
    public async Task<TData> QueryAsync<TData>(
        string document, object? variables = null, string? accessToken = null, CancellationToken cancellationToken = default)
    {
        var request = new AniListRequest(document) { Variables = variables, AccessToken = accessToken };
        var response = await SendAsync<TData>(request, cancellationToken).ConfigureAwait(false);
        return response.Data;
    }

    /// <summary>Sends a request and returns its data with the rate limit the server reported.</summary>
    /// <typeparam name="TData">The caller's type for the <c>data</c> member.</typeparam>
    /// <param name="request">The document, its variables, operation name and token.</param>
    /// <param name="cancellationToken">Cancels the request, and any wait for the rate limit.</param>
    /// <returns>The answer's data and rate-limit headers.</returns>
    /// <exception cref="AniListGraphQLException">The API answered with an error (see its subclasses) or not with GraphQL.</exception>
    /// <exception cref="TimeoutException">No answer within <see cref="HttpClient.Timeout"/>.</exception>
    public async Task<AniListResponse<TData>> SendAsync<TData>(AniListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Document, nameof(request));
        var retried = false;
        while (true)
        {
            if (Options.Throttle is { } throttle)
            {
                await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            using var message = CreateMessage(request);
            using var response = await HttpSending.SendAsync(http, message, cancellationToken).ConfigureAwait(false);
            var rateLimit = AniListRateLimit.From(response, Options.TimeProvider);
            Options.Throttle?.Observe(rateLimit);

            if (response.StatusCode == HttpStatusCode.TooManyRequests && !retried && RetryWait(rateLimit) is { } wait)
            {
                retried = true;
                await Task.Delay(wait, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var data = await GraphQLAnswer.ReadAsync<TData>(response, rateLimit, Options.JsonSerializerOptions, cancellationToken).ConfigureAwait(false);
            return new AniListResponse<TData>(data, rateLimit);
        }
    }

    /// <summary>How long to wait before the one retry, or null for none.</summary>
    private TimeSpan? RetryWait(AniListRateLimit rateLimit)
    {
        if (!Options.RetryOnRateLimit)
        {
            return null;
        }

        // Retry-After says it directly; a reset time alone says it too.
        var wait = rateLimit.RetryAfter ?? (rateLimit.ResetAt - Options.TimeProvider.GetUtcNow());
        return wait is { } known && known <= Options.MaxRetryWait ? (known < TimeSpan.Zero ? TimeSpan.Zero : known) : null;
    }

    private HttpRequestMessage CreateMessage(AniListRequest request)
    {
        var body = new Body(request.Document, request.Variables, request.OperationName);
        var message = new HttpRequestMessage(HttpMethod.Post, Options.GraphQLUrl)
        {
            Content = JsonContent.Create(body, options: Options.JsonSerializerOptions),
        };
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (request.AccessToken is not null)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", request.AccessToken);
        }

        return message;
    }

    /// <summary>The request body: <c>{"query", "variables"?, "operationName"?}</c>.</summary>
    private sealed record Body(
        [property: JsonPropertyName("query")] string Query,
        [property: JsonPropertyName("variables"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] object? Variables,
        [property: JsonPropertyName("operationName"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OperationName);
}
