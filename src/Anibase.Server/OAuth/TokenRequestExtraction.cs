using Microsoft.AspNetCore;
using System.Net.Mime;
using System.Text.Json;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Anibase.Server.OAuth;

/// <summary>
/// Reads token requests sent as JSON (as AniList's guide shows) or as a form (as RFC 6749
/// and the guide's PHP example do). Takes the place of OpenIddict's form-only extractor;
/// client authentication (body or HTTP Basic) then works unchanged.
/// </summary>
internal sealed class TokenRequestExtraction : IOpenIddictServerHandler<ExtractTokenRequestContext>
{
    // A token request is a handful of short strings; anything bigger is not one.
    private const int MaxBodyBytes = 64 * 1024;

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ExtractTokenRequestContext>()
            .AddFilter<OpenIddictServerAspNetCoreHandlerFilters.RequireHttpRequest>()
            .UseSingletonHandler<TokenRequestExtraction>()
            .SetOrder(ExtractPostRequest<ExtractTokenRequestContext>.Descriptor.Order)
            .SetType(OpenIddictServerHandlerType.BuiltIn)
            .Build();

    public async ValueTask HandleAsync(ExtractTokenRequestContext context)
    {
        var request = context.Transaction.GetHttpRequest()
            ?? throw new InvalidOperationException("The ASP.NET Core request cannot be retrieved.");

        if (!HttpMethods.IsPost(request.Method))
        {
            context.Reject(Errors.InvalidRequest, "The token endpoint only accepts POST requests.");
            return;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            context.Reject(Errors.InvalidRequest, "The request body is too large.");
            return;
        }

        if (request.HasJsonContentType())
        {
            context.Request = await ReadJsonAsync(request, context);
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            context.Request = new OpenIddictRequest(form);
        }
        else
        {
            context.Reject(Errors.InvalidRequest,
                $"The request body must be {MediaTypeNames.Application.Json} or {MediaTypeNames.Application.FormUrlEncoded}.");
        }
    }

    private static async Task<OpenIddictRequest?> ReadJsonAsync(HttpRequest request, ExtractTokenRequestContext context)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                context.Reject(Errors.InvalidRequest, "The JSON request body must be an object.");
                return null;
            }

            // Clone: the request outlives the document.
            return new OpenIddictRequest(document.RootElement.Clone());
        }
        catch (JsonException)
        {
            context.Reject(Errors.InvalidRequest, "The request body is not valid JSON.");
            return null;
        }
    }
}
