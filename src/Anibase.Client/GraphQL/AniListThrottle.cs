namespace Anibase.Client.GraphQL;

/// <summary>
/// Holds requests back so that no more than <see cref="RequestsPerMinute"/> start in any minute,
/// and no more than the server's own <c>X-RateLimit-Limit</c> once an answer has named it (AniList
/// lowers its limit from 90 to 30 at times). Requests that must wait go in the order they came.
/// </summary>
public sealed class AniListThrottle
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly TimeProvider time;
    // When each counted request starts: in the last minute, or in the future for those still waiting.
    private readonly List<DateTimeOffset> starts = [];
    private int serverLimit = int.MaxValue;

    /// <summary>A throttle that lets <paramref name="requestsPerMinute"/> requests start per minute.</summary>
    /// <param name="requestsPerMinute">The budget: keep it below the server's limit (AniList's is 90), e.g. 80.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> unless given.</param>
    public AniListThrottle(int requestsPerMinute, TimeProvider? timeProvider = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requestsPerMinute, 1);
        RequestsPerMinute = requestsPerMinute;
        time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The budget this throttle was created with.</summary>
    public int RequestsPerMinute { get; }

    /// <summary>Waits until a request may start, and counts it.</summary>
    internal Task WaitAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (starts)
        {
            var now = time.GetUtcNow();
            starts.RemoveAll(start => start <= now - Window);
            var budget = Math.Min(RequestsPerMinute, serverLimit);
            // A slot is booked even when it lies ahead, so that waiting requests go in turn: the
            // budget-th latest start must leave the window before this one may begin.
            var slot = starts.Count < budget ? now : starts[starts.Count - budget] + Window;
            slot = slot < now ? now : slot;
            starts.Add(slot);
            starts.Sort();
            wait = slot - now;
        }

        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Learns the server's limit from an answer.</summary>
    internal void Observe(AniListRateLimit rateLimit)
    {
        if (rateLimit.Limit is > 0 and var limit)
        {
            lock (starts)
            {
                serverLimit = limit;
            }
        }
    }
}
