namespace Anibase.Samples.WebApp.AniList;

/// <summary>The sample's log messages. None carries a code, a token or the client secret.</summary>
internal static partial class AniListLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "The sample cannot log anyone in until it is configured: {Problems}")]
    public static partial void NotConfigured(ILogger logger, string problems);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "The {Request} failed with HTTP {Status}: {Message}")]
    public static partial void RequestFailed(ILogger logger, string request, int status, string message);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The {Request} got no answer from {Url}")]
    public static partial void Unreachable(ILogger logger, string request, Uri url, Exception exception);
}
