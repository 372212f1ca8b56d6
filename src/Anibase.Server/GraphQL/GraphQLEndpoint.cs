using System.Net.Mime;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Authentication;
using System.Net.Http.Headers;
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
        app.MapPost("/graphql", HandleAsync);
        app.MapPost("/", HandleAsync);
        // AniList answers a GET with 404 and a hint; so do we.
        app.MapGet("/graphql", (IGraphQLTextSerializer serializer, HttpContext http) =>
            WriteAsync(http, serializer, StatusCodes.Status404NotFound, Failure(StatusCodes.Status404NotFound,
                "Not Found. The GraphQL API takes POST requests with a JSON body {\"query\": …}.")));
    }

    private static async Task HandleAsync(
        HttpContext http, ISchema schema, IDocumentExecuter executer, IGraphQLTextSerializer serializer)
    {
        var caller = await AuthenticateAsync(http);
        if (caller.Failed)
        {
            // AniList answers a bad, expired or revoked token with 400 "Invalid token" for every
            // query, even one that needs no login. The header tells standard clients why.
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteAsync(http, serializer, StatusCodes.Status400BadRequest, new ExecutionResult
            {
                Errors = [AniListError.InvalidToken()],
            });
            return;
        }

        var request = await ReadRequestAsync(http, serializer);
        if (request.Error is { } error)
        {
            await WriteAsync(http, serializer, StatusCodes.Status400BadRequest, Failure(StatusCodes.Status400BadRequest, error));
            return;
        }

        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Request!.Query;
            options.Variables = request.Request.Variables;
            options.OperationName = request.Request.OperationName;
            options.User = caller.Principal;
            options.RequestServices = http.RequestServices;
            options.CancellationToken = http.RequestAborted;
        });

        var status = result.Errors is { Count: > 0 } errors ? AniListErrors.StatusOf(errors[0]) : StatusCodes.Status200OK;
        await WriteAsync(http, serializer, status, result);
    }

    private static async Task<(bool Failed, System.Security.Claims.ClaimsPrincipal? Principal)> AuthenticateAsync(HttpContext http)
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

    private static async Task<(GraphQLRequest? Request, string? Error)> ReadRequestAsync(HttpContext http, IGraphQLTextSerializer serializer)
    {
        if (!http.Request.HasJsonContentType())
        {
            return (null, $"The request body must be JSON (Content-Type: {MediaTypeNames.Application.Json}).");
        }

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, http.RequestAborted);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return (null, $"The request body is not valid JSON: {ex.Message}");
        }

        return string.IsNullOrWhiteSpace(request?.Query)
            ? (null, "Must provide query string.")
            : (request, null);
    }

    private static ExecutionResult Failure(int status, string message) => new() { Errors = [new AniListError(status, message)] };

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = MediaTypeNames.Application.Json;
        var json = serializer.Serialize(result);
        await http.Response.WriteAsync(json, http.RequestAborted);
    }
}
