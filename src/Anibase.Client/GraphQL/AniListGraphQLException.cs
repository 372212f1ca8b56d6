namespace Anibase.Client.GraphQL;

/// <summary>
/// The GraphQL API answered with errors, or with something that is not a GraphQL answer. The
/// subclasses are the errors an app handles on their own: <see cref="AniListUnauthorizedException"/>,
/// <see cref="AniListInvalidTokenException"/>, <see cref="AniListNotFoundException"/>,
/// <see cref="AniListValidationException"/> and <see cref="AniListRateLimitException"/>.
/// </summary>
public class AniListGraphQLException : AniListException
{
    /// <summary>Creates the exception for an answer.</summary>
    /// <param name="message">The first error's message, or what was wrong with the answer.</param>
    /// <param name="statusCode">The answer's HTTP status code.</param>
    /// <param name="errors">The answer's <c>errors</c>; empty when it had none.</param>
    /// <param name="rateLimit">The answer's rate-limit headers.</param>
    /// <param name="innerException">What made the answer unreadable, if anything.</param>
    public AniListGraphQLException(
        string message, int statusCode, IReadOnlyList<AniListError> errors, AniListRateLimit rateLimit, Exception? innerException = null)
        : base(message, statusCode, innerException)
    {
        Errors = errors;
        RateLimit = rateLimit;
    }

    /// <summary>The answer's <c>errors</c>; empty when it had none (e.g. it was not JSON).</summary>
    public IReadOnlyList<AniListError> Errors { get; }

    /// <summary>The answer's rate-limit headers.</summary>
    public AniListRateLimit RateLimit { get; }
}
