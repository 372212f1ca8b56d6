using OpenIddict.Server;
using static OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers.Authentication;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Anibase.Server.OAuth;

/// <summary>The implicit grant's fragment says <c>expires_in=31536000</c>, as AniList's does (see <see cref="OAuthRegistration.PinnedExpiresIn"/>).</summary>
internal sealed class ImplicitTokenLifetime : IOpenIddictServerHandler<ApplyAuthorizationResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyAuthorizationResponseContext>()
            .UseSingletonHandler<ImplicitTokenLifetime>()
            // Before any of the handlers that write the response out.
            .SetOrder(ProcessFormPostResponse.Descriptor.Order - 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyAuthorizationResponseContext context)
    {
        if (context.Response.AccessToken is not null)
        {
            context.Response.ExpiresIn = OAuthRegistration.PinnedExpiresIn(context.Response.ExpiresIn);
        }

        return ValueTask.CompletedTask;
    }
}
