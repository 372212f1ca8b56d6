namespace Anibase.Client.GraphQL;

/// <summary>HTTP 404 <c>Not Found.</c>: the thing asked for (e.g. <c>Media(id: …)</c>) does not exist.</summary>
public sealed class AniListNotFoundException : AniListGraphQLException
{
    /// <summary>Creates the exception for an answer.</summary>
    /// <param name="message">The error's message.</param>
    /// <param name="statusCode">The answer's HTTP status code.</param>
    /// <param name="errors">The answer's <c>errors</c>.</param>
    /// <param name="rateLimit">The answer's rate-limit headers.</param>
    public AniListNotFoundException(string message, int statusCode, IReadOnlyList<AniListError> errors, AniListRateLimit rateLimit)
        : base(message, statusCode, errors, rateLimit)
    {
    }
}
