namespace Anibase.Server.Hosting.RateLimiting;

/// <summary>A counted request: whether it is within the limit, what is left, and when the window ends.</summary>
public readonly record struct RateLimitDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt)
{
    /// <summary>
    /// How long to wait, in whole seconds rounded up (at least one), so that a caller who waits
    /// exactly this long finds the window over.
    /// </summary>
    public TimeSpan RetryAfter(DateTimeOffset now) =>
        TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((ResetAt - now).TotalSeconds)));
}
