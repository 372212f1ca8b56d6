using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anibase.Server.Hosting.RateLimiting;

/// <summary>
/// AniList's rate limit on the GraphQL API. Every request counts, and every answer says how many
/// are left; past the limit the answer says when to come back.
/// </summary>
internal sealed class ApiRateLimiter(IRateLimitStore store, IOptions<AnibaseOptions> options, TimeProvider time)
{
    public const string LimitHeader = "X-RateLimit-Limit";
    public const string RemainingHeader = "X-RateLimit-Remaining";
    public const string ResetHeader = "X-RateLimit-Reset";

    /// <summary>
    /// Counts the request against its caller's budget (<paramref name="caller"/>: a valid bearer
    /// token's principal, or null) and writes the rate-limit headers; false when the budget is
    /// spent, and the request is then to be answered 429.
    /// </summary>
    public async ValueTask<bool> AdmitAsync(HttpContext http, ClaimsPrincipal? caller)
    {
        var limit = options.Value.RateLimit;
        if (limit.PermitLimit <= 0)
        {
            return true;
        }

        var decision = await store.HitAsync(PartitionOf(http, caller), limit.PermitLimit, limit.Window, http.RequestAborted);
        var headers = http.Response.Headers;
        headers[LimitHeader] = decision.Limit.ToString(CultureInfo.InvariantCulture);
        headers[RemainingHeader] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        if (decision.Allowed)
        {
            return true;
        }

        // Both rounded up: a client that waits exactly this long finds the window over.
        headers.RetryAfter = decision.RetryAfter(time.GetUtcNow()).TotalSeconds.ToString(CultureInfo.InvariantCulture);
        var reset = (decision.ResetAt.ToUnixTimeMilliseconds() + 999) / 1000;
        headers[ResetHeader] = reset.ToString(CultureInfo.InvariantCulture);
        return false;
    }

    /// <summary>
    /// A valid token names a user and a client: the requests of that pair share one budget, from
    /// any address. Everything else, a bad token included, counts against the client's address,
    /// so that made-up tokens earn no fresh budget.
    /// </summary>
    private static string PartitionOf(HttpContext http, ClaimsPrincipal? caller) =>
        caller?.FindFirst(Claims.Subject)?.Value is { } subject
            ? $"token:{caller.FindFirst(Claims.ClientId)?.Value}:{subject}"
            : "ip:" + ClientAddress.Of(http);
}
