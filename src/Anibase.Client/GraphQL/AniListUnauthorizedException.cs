namespace Anibase.Client.GraphQL;

/// <summary>HTTP 401 <c>Unauthorized.</c>: the query needs a user (e.g. <c>Viewer</c>, a mutation) and no token was sent.</summary>
public sealed class AniListUnauthorizedException : AniListGraphQLException
{
    /// <summary>Creates the exception for an answer.</summary>
    /// <param name="message">The error's message.</param>
    /// <param name="statusCode">The answer's HTTP status code.</param>
    /// <param name="errors">The answer's <c>errors</c>.</param>
    /// <param name="rateLimit">The answer's rate-limit headers.</param>
    public AniListUnauthorizedException(string message, int statusCode, IReadOnlyList<AniListError> errors, AniListRateLimit rateLimit)
        : base(message, statusCode, errors, rateLimit)
    {
    }
}
