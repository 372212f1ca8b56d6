using System.Globalization;
using Anibase.Data.Catalog;

namespace Anibase.Server.Catalog;

/// <summary>
/// Start and end dates, status and season from an item's <c>begin</c> and <c>end</c> instants. The
/// calendar is Japan's, as AniList's is: a show first aired at 00:30 on a Saturday in Tokyo
/// (Friday 15:30 UTC in bangumi-data) starts on that Saturday.
/// </summary>
internal static class BroadcastDates
{
    // Japan has kept UTC+9 without daylight saving since 1952; a fixed offset needs no time zone data.
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public static void Apply(Media media, BangumiItem item, DateTimeOffset now)
    {
        var begin = Parse(item.Begin, item);
        var end = Parse(item.End, item);
        if (begin?.ToOffset(JapanOffset) is { } start)
        {
            (media.StartYear, media.StartMonth, media.StartDay) = (start.Year, start.Month, start.Day);
            media.StartDateInt = (start.Year * 10_000) + (start.Month * 100) + start.Day;
            (media.Season, media.SeasonYear) = SeasonOf(start);
        }

        if (end?.ToOffset(JapanOffset) is { } finish)
        {
            (media.EndYear, media.EndMonth, media.EndDay) = (finish.Year, finish.Month, finish.Day);
        }

        media.Status = StatusAt(begin, end, now);
    }

    private static string StatusAt(DateTimeOffset? begin, DateTimeOffset? end, DateTimeOffset now) =>
        begin is null || begin > now ? "NOT_YET_RELEASED"
        : end <= now ? "FINISHED"
        : "RELEASING";

    /// <summary>AniList's seasons: December counts in the next year's WINTER, as a show starting then airs mostly in it.</summary>
    private static (string Season, int Year) SeasonOf(DateTimeOffset start) => start.Month switch
    {
        12 => ("WINTER", start.Year + 1),
        <= 2 => ("WINTER", start.Year),
        <= 5 => ("SPRING", start.Year),
        <= 8 => ("SUMMER", start.Year),
        _ => ("FALL", start.Year),
    };

    private static DateTimeOffset? Parse(string? value, BangumiItem item) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) ? instant
        : throw new InvalidDataException($"'{item.Title}' has a date that is not an ISO 8601 instant: '{value}'.");
}
