using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;
using static OpenIddict.Server.OpenIddictServerHandlerFilters;
using static OpenIddict.Server.OpenIddictServerHandlers;

namespace Anibase.Server.OAuth;

/// <summary>
/// RFC 6749 §4.1.2: a code used twice must fail, and the tokens issued from it should be revoked.
/// OpenIddict revokes the tokens that exist when it sees the replay; under concurrency the
/// winning request may write its access token just after, or every loser may lose the race to
/// mark the code redeemed and so never be seen as a replay (both observed on PostgreSQL with 50
/// simultaneous redemptions). Revoking the code's authorization closes both gaps: every token of
/// that authorization, issued before or after, is refused, because validation checks the
/// authorization too (<see cref="TokenEntryCheck"/>). Each code has its own ad-hoc
/// authorization, so the user can still start a new login.
/// Refresh tokens are treated the same way (RFC 9700 §4.14.2: rotation with reuse detection): a
/// refresh token used twice, even in a race, revokes the grant it belongs to.
/// </summary>
internal static class CodeReplayProtection
{
    public static IEnumerable<OpenIddictServerHandlerDescriptor> Descriptors =>
        [RevokeOnRedeemedCode.Descriptor, RedeemCodeOnce.Descriptor];

    private static async Task RevokeAuthorizationAsync(
        IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, string? authorizationId)
    {
        if (string.IsNullOrEmpty(authorizationId))
        {
            return;
        }

        if (await authorizations.FindByIdAsync(authorizationId) is { } authorization)
        {
            // Several losers may race to revoke; any one of them succeeding is enough.
            await authorizations.TryRevokeAsync(authorization);
        }

        await tokens.RevokeByAuthorizationIdAsync(authorizationId);
    }

    /// <summary>A code or refresh token that is already redeemed: revoke its authorization before OpenIddict rejects it.</summary>
    internal sealed class RevokeOnRedeemedCode(
        IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, TokenStatusCache tokenStatuses)
        : IOpenIddictServerHandler<ValidateTokenContext>
    {
        public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
            OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
                .AddFilter<RequireTokenStorageEnabled>()
                .UseScopedHandler<RevokeOnRedeemedCode>()
                .SetOrder(Protection.ValidateTokenEntry.Descriptor.Order - 1)
                .SetType(OpenIddictServerHandlerType.Custom)
                .Build();

        public async ValueTask HandleAsync(ValidateTokenContext context)
        {
            if (context.Principal is null || string.IsNullOrEmpty(context.TokenId)
                || !(context.Principal.HasTokenType(TokenTypeIdentifiers.Private.AuthorizationCode)
                    || context.Principal.HasTokenType(TokenTypeIdentifiers.RefreshToken)))
            {
                return;
            }

            if (await tokens.FindByIdAsync(context.TokenId) is { } token && await tokens.HasStatusAsync(token, Statuses.Redeemed))
            {
                await RevokeAuthorizationAsync(authorizations, tokens, context.AuthorizationId);
                tokenStatuses.ForgetAll();
            }
        }
    }

    /// <summary>
    /// Takes the place of OpenIddict's <see cref="RedeemTokenEntry"/> (codes and refresh tokens are
    /// the only redeemable tokens here): a request that loses the race to mark the code or refresh
    /// token redeemed is a replay too.
    /// </summary>
    internal sealed class RedeemCodeOnce(
        IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, TokenStatusCache tokenStatuses)
        : IOpenIddictServerHandler<ProcessSignInContext>
    {
        public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
            OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessSignInContext>()
                .AddFilter<RequireTokenStorageEnabled>()
                .UseScopedHandler<RedeemCodeOnce>()
                .SetOrder(RedeemTokenEntry.Descriptor.Order)
                .SetType(OpenIddictServerHandlerType.BuiltIn)
                .Build();

        public async ValueTask HandleAsync(ProcessSignInContext context)
        {
            if (context.EndpointType is not OpenIddictServerEndpointType.Token
                || !(context.Request.IsAuthorizationCodeGrantType() || context.Request.IsRefreshTokenGrantType()))
            {
                return;
            }

            var authentication = context.Transaction.GetProperty<ProcessAuthenticationContext>(typeof(ProcessAuthenticationContext).FullName!)
                ?? throw new InvalidOperationException("The authentication context cannot be found.");
            var principal = (context.Request.IsAuthorizationCodeGrantType() ? authentication.AuthorizationCodePrincipal : authentication.RefreshTokenPrincipal)
                ?? throw new InvalidOperationException("The code or refresh token principal cannot be found.");

            if (principal.GetTokenId() is not { Length: > 0 } tokenId || await tokens.FindByIdAsync(tokenId) is not { } code)
            {
                return;
            }

            if (!await tokens.TryRedeemAsync(code))
            {
                await RevokeAuthorizationAsync(authorizations, tokens, principal.GetAuthorizationId());
                tokenStatuses.ForgetAll();
                context.Reject(Errors.InvalidGrant, context.Request.IsAuthorizationCodeGrantType()
                    ? "The specified authorization code has already been redeemed."
                    : "The specified refresh token has already been used.");
            }
        }
    }
}
