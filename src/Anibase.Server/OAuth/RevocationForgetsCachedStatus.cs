using OpenIddict.Server;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlers.Revocation;

namespace Anibase.Server.OAuth;

/// <summary>
/// After an RFC 7009 revocation, this process forgets every token it remembered as valid, so the
/// revoked token is refused at once here (and within the cache's lifetime on other processes),
/// even if it was used a moment before.
/// </summary>
internal sealed class RevocationForgetsCachedStatus(TokenStatusCache tokenStatuses) : IOpenIddictServerHandler<HandleRevocationRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleRevocationRequestContext>()
            .UseSingletonHandler<RevocationForgetsCachedStatus>()
            .SetOrder(RevokeToken.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleRevocationRequestContext context)
    {
        tokenStatuses.ForgetAll();
        return ValueTask.CompletedTask;
    }
}
