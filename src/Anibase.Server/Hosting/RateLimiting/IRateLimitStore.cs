namespace Anibase.Server.Hosting.RateLimiting;

/// <summary>
/// Counts requests in fixed windows, one per partition, each starting at the partition's first
/// request. The in-process store serves one node; a store that several nodes share (Redis: INCR
/// the partition's key, PEXPIRE it when the INCR returns 1, PTTL for the reset) can take its
/// place without its callers changing.
/// </summary>
public interface IRateLimitStore
{
    /// <summary>Counts one request in the partition's current window.</summary>
    ValueTask<RateLimitDecision> HitAsync(string partition, int permitLimit, TimeSpan window, CancellationToken cancellationToken);
}
