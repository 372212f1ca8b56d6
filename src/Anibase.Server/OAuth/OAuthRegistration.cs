using Anibase.Data;
using Anibase.Server.Hosting;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;
using OpenIddict.Server;
using OpenIddict.Validation;
using static OpenIddict.Server.AspNetCore.OpenIddictServerAspNetCoreHandlers;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Anibase.Server.OAuth;

internal static class OAuthRegistration
{
    /// <summary>AniList's tokens live one year, and so do ours.</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromSeconds(31_536_000);

    public static readonly TimeSpan AuthorizationCodeLifetime = TimeSpan.FromMinutes(10);

    /// <summary>For clients that take refresh tokens: short-lived access tokens, renewed by a rotated refresh token.</summary>
    public static readonly TimeSpan RefreshableAccessTokenLifetime = TimeSpan.FromHours(1);

    public static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromDays(30);

    public const string AuthorizePath = "/api/v2/oauth/authorize";
    public const string TokenPath = "/api/v2/oauth/token";
    public const string JwksPath = "/.well-known/jwks";
    public const string RevocationPath = "/api/v2/oauth/revoke";
    public const string IntrospectionPath = "/api/v2/oauth/introspect";

    /// <summary>
    /// OpenIddict computes <c>expires_in</c> from the clock, so a year-long token can say 31535999;
    /// AniList always says 31536000. Shorter lifetimes (refreshable tokens) are left as they are.
    /// </summary>
    public static long? PinnedExpiresIn(long? expiresIn) =>
        expiresIn > AccessTokenLifetime.TotalSeconds - 60 ? (long)AccessTokenLifetime.TotalSeconds : expiresIn;

    public static void AddAnibaseOAuth(this WebApplicationBuilder builder, AnibaseOptions options)
    {
        var services = builder.Services;
        services.AddScoped<ServerKeyStore>();
        services.AddSingleton<TokenStatusCache>();
        services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ConfigureServerKeys>();

        services.AddOpenIddict()
            .AddCore(core =>
            {
                core.UseEntityFrameworkCore().UseDbContext<AnibaseDbContext>();
            })
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                    .SetTokenEndpointUris(TokenPath.TrimStart('/'))
                    .SetJsonWebKeySetEndpointUris(JwksPath.TrimStart('/'))
                    .SetRevocationEndpointUris(RevocationPath.TrimStart('/'))
                    .SetIntrospectionEndpointUris(IntrospectionPath.TrimStart('/'))
                    // RFC 8414 metadata, and the same document where OpenID clients look for it.
                    .SetConfigurationEndpointUris(".well-known/oauth-authorization-server", ".well-known/openid-configuration");

                server.AllowAuthorizationCodeFlow();
                // AniList's implicit grant (response_type=token): the token comes back in the fragment.
                // Each client can turn it off (Developers/ClientFeatures).
                server.AllowImplicitFlow();
                // Per client, off by default as on AniList.
                server.AllowRefreshTokenFlow();
                server.SetAccessTokenLifetime(AccessTokenLifetime)
                    .SetAuthorizationCodeLifetime(AuthorizationCodeLifetime)
                    .SetRefreshTokenLifetime(RefreshTokenLifetime)
                    // Reuse detection without a grace period: a refresh token works once.
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);

                // PKCE with S256 only: "plain" protects nothing against an attacker who can read
                // the authorization request (RFC 9700 §2.1.1).
                server.Configure(o => o.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));

                // AniList's access tokens are plain RS256 JWTs that clients decode to read `sub`.
                server.DisableAccessTokenEncryption();

                if (options.Issuer is { } issuer)
                {
                    server.SetIssuer(issuer);
                }

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableStatusCodePagesIntegration();
                if (!options.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }

                // AniList's guide posts JSON to the token endpoint; OpenIddict only reads forms.
                server.RemoveEventHandler(ExtractPostRequest<ExtractTokenRequestContext>.Descriptor);
                server.AddEventHandler(TokenRequestExtraction.Descriptor);
                server.RemoveEventHandler(OpenIddictServerHandlers.RedeemTokenEntry.Descriptor);
                foreach (var descriptor in CodeReplayProtection.Descriptors)
                {
                    server.AddEventHandler(descriptor);
                }

                server.AddEventHandler(AccessTokenShaping.Descriptor);
                server.AddEventHandler(TokenResponseShaping.Descriptor);
                server.AddEventHandler(AuthorizationErrorPage.Descriptor);
                server.AddEventHandler(ImplicitTokenLifetime.Descriptor);
                server.AddEventHandler(TokenRequestLimits.Descriptor);
                server.AddEventHandler(RevocationForgetsCachedStatus.Descriptor);
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                // Check each token's database row, and its authorization's, so that a revoked
                // token (a replayed code, a revoked app) stops working, on every node.
                validation.AddEventHandler(TokenEntryCheck.Descriptor);
                validation.UseAspNetCore();
                if (options.Issuer is null)
                {
                    validation.AddEventHandler(AnyHostIssuer.Descriptor);
                }
            });

        // OpenIddict reads the clock from its options; point them at the app's TimeProvider so
        // that tests can move it.
        services.AddOptions<OpenIddictServerOptions>().Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        services.AddOptions<OpenIddictValidationOptions>().Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        services.AddOptions<OpenIddict.Core.OpenIddictCoreOptions>().Configure<TimeProvider>((o, time) => o.TimeProvider = time);
    }
}
