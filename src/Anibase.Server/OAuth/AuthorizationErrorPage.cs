using Microsoft.AspNetCore;
using Microsoft.AspNetCore.WebUtilities;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Anibase.Server.OAuth;

/// <summary>
/// When an authorization request cannot be answered at the client's redirect URI (the client is
/// unknown, or the redirect URI is not one it registered), RFC 6749 §4.1.2.1 forbids redirecting
/// there: the user sees our error page instead of OpenIddict's plain-text one.
/// </summary>
internal sealed class AuthorizationErrorPage : IOpenIddictServerHandler<ApplyAuthorizationResponseContext>
{
    public const string Path = "/oauth/error";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyAuthorizationResponseContext>()
            .AddFilter<OpenIddictServerAspNetCoreHandlerFilters.RequireHttpRequest>()
            .UseSingletonHandler<AuthorizationErrorPage>()
            .SetOrder(ProcessLocalErrorResponse<ApplyAuthorizationResponseContext>.Descriptor.Order - 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyAuthorizationResponseContext context)
    {
        if (context.Response.Error is null || !string.IsNullOrEmpty(context.RedirectUri))
        {
            return ValueTask.CompletedTask;
        }

        var response = context.Transaction.GetHttpRequest()!.HttpContext.Response;
        var location = QueryHelpers.AddQueryString(Path, new Dictionary<string, string?>
        {
            ["error"] = context.Response.Error,
            ["error_description"] = context.Response.ErrorDescription,
        });
        response.Redirect(location);
        context.HandleRequest();
        return ValueTask.CompletedTask;
    }
}
