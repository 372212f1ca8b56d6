namespace Anibase.Server.Hosting.RateLimiting;

/// <summary>
/// Brute-force limits: counts attempts (password logins, token requests) per partition in fixed
/// windows, in the same store as the API's rate limit.
/// </summary>
public sealed class AttemptLimiter(IRateLimitStore store, TimeProvider time)
{
    /// <summary>
    /// Counts one attempt; null when it may go ahead, otherwise how long to wait
    /// (<see cref="RateLimitDecision.RetryAfter"/>). A limit of 0 admits all.
    /// </summary>
    public async ValueTask<TimeSpan?> AttemptAsync(string partition, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        if (limit <= 0)
        {
            return null;
        }

        var decision = await store.HitAsync(partition, limit, window, cancellationToken);
        if (decision.Allowed)
        {
            return null;
        }

        return decision.RetryAfter(time.GetUtcNow());
    }
}
