namespace Anibase.Samples.WebApp.AniList;

/// <summary>The sample's log messages. None carries a code, a token or the client secret.</summary>
internal static partial class AniListLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "The sample cannot log anyone in until it is configured: {Problems}")]
    public static partial void NotConfigured(ILogger logger, string problems);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "A login with AniList failed")]
    public static partial void LoginFailed(ILogger logger, Exception exception);
}
