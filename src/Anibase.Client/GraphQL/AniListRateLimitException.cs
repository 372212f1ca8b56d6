namespace Anibase.Client.GraphQL;

/// <summary>
/// HTTP 429 <c>Too Many Requests.</c>: the rate limit is spent. Wait <see cref="RetryAfter"/> (or
/// until <see cref="ResetAt"/>) before the next request; AniList times a client out for a minute.
/// </summary>
public sealed class AniListRateLimitException : AniListGraphQLException
{
    /// <summary>Creates the exception for an answer.</summary>
    /// <param name="message">The error's message.</param>
    /// <param name="errors">The answer's <c>errors</c>.</param>
    /// <param name="rateLimit">The answer's rate-limit headers.</param>
    public AniListRateLimitException(string message, IReadOnlyList<AniListError> errors, AniListRateLimit rateLimit)
        : base(message, 429, errors, rateLimit)
    {
    }

    /// <summary>How long to wait (<c>Retry-After</c>), when the answer said.</summary>
    public TimeSpan? RetryAfter => RateLimit.RetryAfter;

    /// <summary>When the limit resets (<c>X-RateLimit-Reset</c>), when the answer said.</summary>
    public DateTimeOffset? ResetAt => RateLimit.ResetAt;
}
