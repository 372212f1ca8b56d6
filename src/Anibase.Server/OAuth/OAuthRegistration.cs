using Anibase.Data;
using Anibase.Server.Hosting;
using Microsoft.Extensions.Options;
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

    public const string AuthorizePath = "/api/v2/oauth/authorize";
    public const string TokenPath = "/api/v2/oauth/token";
    public const string JwksPath = "/.well-known/jwks";

    public static void AddAnibaseOAuth(this WebApplicationBuilder builder, AnibaseOptions options)
    {
        var services = builder.Services;
        services.AddScoped<ServerKeyStore>();
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
                    .SetConfigurationEndpointUris(".well-known/openid-configuration");

                server.AllowAuthorizationCodeFlow();
                // AniList's implicit grant (response_type=token): the token comes back in the fragment.
                server.AllowImplicitFlow();
                server.SetAccessTokenLifetime(AccessTokenLifetime)
                    .SetAuthorizationCodeLifetime(AuthorizationCodeLifetime);

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
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                // Check each token's database row, and its authorization's, so that a revoked
                // token (a replayed code, a revoked app) stops working at once, on every node.
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
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
