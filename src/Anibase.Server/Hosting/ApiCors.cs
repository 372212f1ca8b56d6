using Anibase.Server.Hosting.RateLimiting;
using Anibase.Server.OAuth;
using Microsoft.Net.Http.Headers;

namespace Anibase.Server.Hosting;

/// <summary>
/// AniList's CORS on the GraphQL API and the token endpoint: any origin, any request header, and
/// the rate-limit headers readable by the page's script. Browser apps call both (a public client's
/// code exchange included). No credentials are allowed: both take bearer tokens or client
/// credentials in the request, never cookies, so a foreign page gains nothing it could not do from
/// a server of its own.
/// </summary>
internal static class ApiCors
{
    public const string PolicyName = "AniListApi";

    public static IServiceCollection AddApiCors(this IServiceCollection services) =>
        services.AddCors(cors => cors.AddPolicy(PolicyName, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Options)
            .AllowAnyHeader()
            .WithExposedHeaders(ApiRateLimiter.LimitHeader, ApiRateLimiter.RemainingHeader, ApiRateLimiter.ResetHeader, HeaderNames.RetryAfter)
            // Spares a browser one preflight per API call.
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

    /// <summary>
    /// Goes between routing and authentication. The GraphQL endpoints name the policy themselves;
    /// the token endpoint is answered by OpenIddict inside authentication, where no endpoint
    /// metadata exists, so it gets the policy by its path.
    /// </summary>
    public static IApplicationBuilder UseApiCors(this IApplicationBuilder app)
    {
        app.UseCors();
        return app.UseWhen(
            http => http.Request.Path.Equals(OAuthRegistration.TokenPath),
            branch => branch.UseCors(PolicyName));
    }
}
