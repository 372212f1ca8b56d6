using OpenIddict.Validation;
using static OpenIddict.Validation.OpenIddictValidationEvents;
using static OpenIddict.Validation.OpenIddictValidationHandlers.Protection;

namespace Anibase.Server.OAuth;

/// <summary>
/// With no <c>Anibase:Issuer</c> set, each request's own address is the issuer, so a token issued
/// at anilist.co would be refused at graphql.anilist.co when both point at this server — which is
/// how unmodified AniList clients are meant to use it. The tokens checked here can only be signed
/// with this server's own keys (and must have a row in its database), so the issuer adds nothing:
/// it is not compared. With <c>Anibase:Issuer</c> set, it is.
/// </summary>
internal sealed class AnyHostIssuer : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<AnyHostIssuer>()
            .SetOrder(ValidateIdentityModelToken.Descriptor.Order - 1)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        context.TokenValidationParameters.ValidateIssuer = false;
        return ValueTask.CompletedTask;
    }
}
