namespace Anibase.Client.OAuth;

/// <summary>
/// A login failed: the user denied the app, the token endpoint refused the code, or a redirect
/// could not be trusted.
/// </summary>
public sealed class AniListOAuthException : AniListException
{
    /// <summary>Creates the exception from an OAuth error.</summary>
    /// <param name="error">The OAuth error code, e.g. <c>access_denied</c> or <c>invalid_grant</c>.</param>
    /// <param name="description">The server's description of it, when it gave one.</param>
    /// <param name="statusCode">The token endpoint's HTTP status; 0 for an error read from a redirect.</param>
    /// <param name="innerException">What made the answer unreadable, if anything.</param>
    public AniListOAuthException(string error, string? description, int statusCode, Exception? innerException = null)
        : base(description is null ? error : $"{error}: {description}", statusCode, innerException)
    {
        Error = error;
        Description = description;
    }

    /// <summary>
    /// The OAuth error code: RFC 6749's (<c>access_denied</c>, <c>invalid_grant</c>, <c>invalid_client</c>, …),
    /// or this library's <c>state_mismatch</c>, <c>invalid_response</c> and <c>no_code_entered</c>.
    /// </summary>
    public string Error { get; }

    /// <summary>What the server or this library said about it.</summary>
    public string? Description { get; }
}
