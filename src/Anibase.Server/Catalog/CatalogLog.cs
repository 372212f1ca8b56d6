namespace Anibase.Server.Catalog;

internal static partial class CatalogLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Imported {Source} into the catalog: {Imported} added, {Updated} updated, {Total} in all ({ElapsedMilliseconds} ms)")]
    public static partial void Imported(ILogger logger, string source, int imported, int updated, int total, long elapsedMilliseconds);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Another server filled the empty catalog first")]
    public static partial void FilledByAnotherServer(ILogger logger);
}
