using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers.Authentication;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Anibase.Server.OAuth;

/// <summary>
/// Decides whether an authorization error goes back to the client's redirect URI or to our error
/// page. It goes to the page when the error cannot be answered at the redirect URI (an unknown
/// client, a redirect URI it did not register: RFC 6749 §4.1.2.1), and also when nobody is signed
/// in: anyone can register a client with any redirect URI, so a crafted link that fails at once
/// would otherwise bounce a passer-by from this site to that URI (RFC 9700 §4.11.2). A signed-in
/// user who denies, or whose approval is missing for <c>prompt=none</c>, goes back to the app.
/// </summary>
internal sealed class AuthorizationErrorPage : IOpenIddictServerHandler<ApplyAuthorizationResponseContext>
{
    public const string Path = "/oauth/error";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyAuthorizationResponseContext>()
            .AddFilter<OpenIddictServerAspNetCoreHandlerFilters.RequireHttpRequest>()
            .UseSingletonHandler<AuthorizationErrorPage>()
            // Before the first handler that writes a response (redirect or form post) to the client.
            .SetOrder(ProcessFormPostResponse.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ApplyAuthorizationResponseContext context)
    {
        if (context.Response.Error is null)
        {
            return;
        }

        var http = context.Transaction.GetHttpRequest()!.HttpContext;
        // OpenIddict may have refused the request before authentication ran, so ask the cookie directly.
        if (!string.IsNullOrEmpty(context.RedirectUri)
            && (await http.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Succeeded)
        {
            return;
        }

        var location = QueryHelpers.AddQueryString(Path, new Dictionary<string, string?>
        {
            ["error"] = context.Response.Error,
            ["error_description"] = context.Response.ErrorDescription,
        });
        http.Response.Redirect(location);
        context.HandleRequest();
    }
}
