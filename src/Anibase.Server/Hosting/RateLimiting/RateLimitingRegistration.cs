using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Anibase.Server.Hosting.RateLimiting;

internal static class RateLimitingRegistration
{
    public static IServiceCollection AddApiRateLimiting(this IServiceCollection services)
    {
        // A store registered before this one (a shared one, for several nodes) is kept.
        services.TryAddSingleton<IRateLimitStore, MemoryRateLimitStore>();
        services.AddSingleton<ApiRateLimiter>();
        services.AddSingleton<AttemptLimiter>();
        return services;
    }
}
