using System.Net.Http.Headers;
using System.Net.Mime;
using System.Security.Claims;
using System.Text.Json;
using Anibase.Data;
using Anibase.Server.Apps;
using Anibase.Server.GraphQL.Limits;
using Anibase.Server.Hosting;
using Anibase.Server.Hosting.RateLimiting;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;

namespace Anibase.Server.GraphQL;

/// <summary>
/// AniList's GraphQL endpoint: <c>POST /</c> (graphql.anilist.co) and <c>POST /graphql</c>,
/// a JSON body <c>{query, variables?, operationName?}</c>, an optional bearer token.
/// </summary>
internal static class GraphQLEndpoint
{
    public static void MapAniListGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapPost("/graphql", HandleAsync).RequireCors(ApiCors.PolicyName);
        app.MapPost("/", HandleAsync).RequireCors(ApiCors.PolicyName);
        // AniList answers a GET with 404 and a hint; so do we.
        app.MapGet("/graphql", (IGraphQLTextSerializer serializer, HttpContext http) =>
            WriteAsync(http, serializer, Failure(StatusCodes.Status404NotFound,
                "Not Found. The GraphQL API takes POST requests with a JSON body {\"query\": …}.")))
            .RequireCors(ApiCors.PolicyName);
    }

    private static async Task HandleAsync(
        HttpContext http,
        ISchema schema,
        IDocumentExecuter executer,
        IGraphQLTextSerializer serializer,
        ApiRateLimiter rateLimiter,
        AppActivityRecorder activity,
        AnibaseDbContext db,
        IOptions<AnibaseOptions> options)
    {
        var caller = await AuthenticateAsync(http);
        // Counted before anything else is looked at, a bad token's request too: no kind of
        // request escapes the limit.
        if (!await rateLimiter.AdmitAsync(http, caller.Principal))
        {
            await WriteAsync(http, serializer, new ExecutionResult { Errors = [LimitErrors.TooManyRequests()] });
            return;
        }

        if (caller.Failed)
        {
            // AniList answers a bad, expired or revoked token with 400 "Invalid token" for every
            // query, even one that needs no login. The header tells standard clients why.
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteAsync(http, serializer, new ExecutionResult { Errors = [AniListError.InvalidToken()] });
            return;
        }

        if (caller.Principal is { } principal)
        {
            // "Last used" on the user's approved-apps page.
            await activity.RecordAsync(db, principal, http.RequestAborted);
        }

        var (request, error) = await ReadRequestAsync(http, serializer, options.Value.GraphQL.MaxRequestBytes);
        if (error is not null)
        {
            await WriteAsync(http, serializer, new ExecutionResult { Errors = [error] });
            return;
        }

        var result = await executer.ExecuteAsync(execution =>
        {
            execution.Schema = schema;
            execution.Query = request!.Query;
            execution.Variables = request.Variables;
            execution.OperationName = request.OperationName;
            execution.User = caller.Principal;
            execution.RequestServices = http.RequestServices;
            execution.CancellationToken = http.RequestAborted;
        });

        await WriteAsync(http, serializer, result);
    }

    private static async Task<(bool Failed, ClaimsPrincipal? Principal)> AuthenticateAsync(HttpContext http)
    {
        if (!AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            // No bearer token: an anonymous request, which most queries allow.
            return (false, null);
        }

        var result = await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        return result.Succeeded ? (false, result.Principal) : (true, null);
    }

    private static async Task<(GraphQLRequest? Request, AniListError? Error)> ReadRequestAsync(
        HttpContext http, IGraphQLTextSerializer serializer, int maxBytes)
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, BadRequest($"The request body must be JSON (Content-Type: {MediaTypeNames.Application.Json})."));
        }

        if (maxBytes > 0 && http.Request.ContentLength > maxBytes)
        {
            return (null, LimitErrors.BodyTooLarge(maxBytes));
        }

        GraphQLRequest? request;
        try
        {
            var body = maxBytes > 0 ? new SizeLimitedStream(http.Request.Body, maxBytes) : http.Request.Body;
            request = await serializer.ReadAsync<GraphQLRequest>(body, http.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, LimitErrors.BodyTooLarge(maxBytes));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return (null, BadRequest($"The request body is not valid JSON: {ex.Message}"));
        }

        return string.IsNullOrWhiteSpace(request?.Query)
            ? (null, BadRequest("Must provide query string."))
            : (request, null);
    }

    private static AniListError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    private static ExecutionResult Failure(int status, string message) => new() { Errors = [new AniListError(status, message)] };

    /// <summary>
    /// The HTTP status mirrors the first error's; <c>data</c> is always written, <c>null</c> when
    /// nothing ran, as AniList writes it.
    /// </summary>
    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, ExecutionResult result)
    {
        result.Executed = true;
        http.Response.StatusCode = result.Errors is { Count: > 0 } errors ? AniListErrors.StatusOf(errors[0]) : StatusCodes.Status200OK;
        http.Response.ContentType = MediaTypeNames.Application.Json;
        var json = serializer.Serialize(result);
        await http.Response.WriteAsync(json, http.RequestAborted);
    }
}
