namespace Anibase.Client;

/// <summary>
/// The AniList service answered, but not with what was asked for: an error it reported, or an
/// answer that could not be read. Network failures stay <see cref="HttpRequestException"/>, and an
/// answer that does not come in time is a <see cref="TimeoutException"/>.
/// </summary>
public class AniListException : Exception
{
    /// <summary>Creates an exception for an answer with HTTP status <paramref name="statusCode"/>.</summary>
    /// <param name="message">What went wrong: the service's own message where it gave one.</param>
    /// <param name="statusCode">The answer's HTTP status code.</param>
    /// <param name="innerException">What made the answer unreadable, if anything.</param>
    public AniListException(string message, int statusCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
    }

    /// <summary>The answer's HTTP status code (AniList mirrors its error's status in it).</summary>
    public int StatusCode { get; }
}
