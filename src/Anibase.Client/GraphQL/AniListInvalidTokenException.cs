namespace Anibase.Client.GraphQL;

/// <summary>HTTP 400 <c>Invalid token</c>: the token is malformed, expired or revoked (the user removed the app). AniList answers every query so, even one that needs no user: log the user in again.</summary>
public sealed class AniListInvalidTokenException : AniListGraphQLException
{
    /// <summary>Creates the exception for an answer.</summary>
    /// <param name="message">The error's message.</param>
    /// <param name="statusCode">The answer's HTTP status code.</param>
    /// <param name="errors">The answer's <c>errors</c>.</param>
    /// <param name="rateLimit">The answer's rate-limit headers.</param>
    public AniListInvalidTokenException(string message, int statusCode, IReadOnlyList<AniListError> errors, AniListRateLimit rateLimit)
        : base(message, statusCode, errors, rateLimit)
    {
    }
}
