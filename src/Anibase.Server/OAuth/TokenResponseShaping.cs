using OpenIddict.Server;
using static OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Anibase.Server.OAuth;

/// <summary>
/// Makes token responses read like AniList's: <c>expires_in</c> is exactly one year (OpenIddict
/// computes it from the clock and can say 31535999), and errors carry AniList's
/// <c>message</c> beside RFC 6749's <c>error_description</c>, so clients of either kind can read them.
/// </summary>
internal sealed class TokenResponseShaping : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseSingletonHandler<TokenResponseShaping>()
            .SetOrder(ProcessJsonResponse<ApplyTokenResponseContext>.Descriptor.Order - 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        var response = context.Response;
        if (response.AccessToken is not null)
        {
            response.ExpiresIn = (long)OAuthRegistration.AccessTokenLifetime.TotalSeconds;
        }
        else if (response.Error is not null)
        {
            response["message"] = response.ErrorDescription ?? response.Error;
        }

        return ValueTask.CompletedTask;
    }
}
