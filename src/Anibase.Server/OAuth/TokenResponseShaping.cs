using OpenIddict.Server;
using static OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Anibase.Server.OAuth;

/// <summary>
/// Makes token responses read like AniList's: <c>expires_in</c> is exactly one year (OpenIddict
/// computes it from the clock and can say 31535999), errors carry AniList's
/// <c>message</c> beside RFC 6749's <c>error_description</c>, so clients of either kind can read them,
/// and a request refused by the brute-force limits is answered 429 with <c>Retry-After</c>.
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
            response.ExpiresIn = OAuthRegistration.PinnedExpiresIn(response.ExpiresIn);
        }
        else if (response.Error is not null)
        {
            response["message"] = response.ErrorDescription ?? response.Error;
            TokenRequestLimits.ApplyStatus(context);
        }

        return ValueTask.CompletedTask;
    }
}
