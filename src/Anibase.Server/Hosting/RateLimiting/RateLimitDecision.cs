namespace Anibase.Server.Hosting.RateLimiting;

/// <summary>A counted request: whether it is within the limit, what is left, and when the window ends.</summary>
public readonly record struct RateLimitDecision(bool Allowed, int Limit, int Remaining, DateTimeOffset ResetAt);
