namespace Anibase.Server.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    public static partial void ApplyingMigrations(ILogger logger, int count, IReadOnlyList<string> migrations);
}
