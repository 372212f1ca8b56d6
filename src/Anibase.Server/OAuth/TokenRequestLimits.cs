using System.Globalization;
using Anibase.Server.Hosting;
using Anibase.Server.Hosting.RateLimiting;
using Microsoft.AspNetCore;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Anibase.Server.OAuth;

/// <summary>
/// Brute-force limits on the token endpoint: requests per client address and per client id, in
/// fixed windows, before any secret or code is checked (each check costs a password hash).
/// Over either limit the answer is 429 with <c>Retry-After</c> and RFC 6749's
/// <c>temporarily_unavailable</c>.
/// </summary>
internal sealed class TokenRequestLimits(AttemptLimiter limiter, IOptions<AnibaseOptions> options)
    : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    private const string Error = "temporarily_unavailable";

    private const string RetryAfterProperty = ".anibase_retry_after";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .AddFilter<OpenIddictServerAspNetCoreHandlerFilters.RequireHttpRequest>()
            .UseSingletonHandler<TokenRequestLimits>()
            .SetOrder(int.MinValue + 10_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        var limits = options.Value.BruteForce;
        var http = context.Transaction.GetHttpRequest()!.HttpContext;
        var wait = await limiter.AttemptAsync(
            "token-address:" + ClientAddress.Of(http), limits.TokenRequestsPerAddress, limits.Window, http.RequestAborted);
        var who = "this address";
        if (wait is null && !string.IsNullOrEmpty(context.ClientId))
        {
            wait = await limiter.AttemptAsync(
                "token-client:" + context.ClientId, limits.TokenRequestsPerClient, limits.Window, http.RequestAborted);
            who = "this client";
        }

        if (wait is { } retryAfter)
        {
            context.Transaction.Properties[RetryAfterProperty] = retryAfter;
            context.Reject(Error,
                $"Too many token requests from {who}. Try again in {retryAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds.");
        }
    }

    /// <summary>Turns a refusal of ours into 429 with <c>Retry-After</c> (OpenIddict would say 400).</summary>
    public static void ApplyStatus(ApplyTokenResponseContext context)
    {
        if (!context.Transaction.Properties.TryGetValue(RetryAfterProperty, out var value) || value is not TimeSpan retryAfter
            || context.Transaction.GetHttpRequest()?.HttpContext.Response is not { } response)
        {
            return;
        }

        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = retryAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
