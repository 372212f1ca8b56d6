using System.Linq.Expressions;
using Anibase.Data;
using Anibase.Data.Lists;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>AniList's <c>MediaListSort</c> values, applied in the order given, ties broken by entry id.</summary>
internal static class MediaListSorts
{
    /// <summary>A list collection without <c>sort</c> follows the owner's row order (AniList's list settings).</summary>
    public static IReadOnlyList<string> ForRowOrder(string rowOrder) => rowOrder switch
    {
        "title" => ["MEDIA_TITLE_ROMAJI"],
        "updatedAt" => ["UPDATED_TIME_DESC"],
        "id" => ["ADDED_TIME_DESC"],
        _ => ["SCORE_DESC", "MEDIA_TITLE_ROMAJI"],
    };

    public static IQueryable<MediaListEntry> Apply(IQueryable<MediaListEntry> entries, IEnumerable<string> sorts, AnibaseDbContext db)
    {
        IOrderedQueryable<MediaListEntry>? ordered = null;
        foreach (var sort in sorts)
        {
            var descending = sort.EndsWith("_DESC", StringComparison.Ordinal);
            ordered = (descending ? sort[..^"_DESC".Length] : sort) switch
            {
                "MEDIA_ID" => By(entries, ordered, e => e.MediaId, descending),
                "SCORE" => By(entries, ordered, e => e.ScoreRaw, descending),
                "STATUS" => By(entries, ordered, StatusOrder, descending),
                "PROGRESS" => By(entries, ordered, e => e.Progress, descending),
                "PROGRESS_VOLUMES" => By(entries, ordered, e => e.ProgressVolumes, descending),
                "REPEAT" => By(entries, ordered, e => e.Repeat, descending),
                "PRIORITY" => By(entries, ordered, e => e.Priority, descending),
                "STARTED_ON" => By(entries, ordered, MediaListFilter.StartedOn, descending),
                "FINISHED_ON" => By(entries, ordered, MediaListFilter.CompletedOn, descending),
                "ADDED_TIME" => By(entries, ordered, e => e.CreatedAt, descending),
                "UPDATED_TIME" => By(entries, ordered, e => e.UpdatedAt, descending),
                "MEDIA_TITLE_ROMAJI" => By(entries, ordered, e => e.Media!.TitleRomaji ?? e.Media.TitleNative, descending),
                "MEDIA_TITLE_ENGLISH" => By(entries, ordered, e => e.Media!.TitleEnglish ?? e.Media.TitleRomaji ?? e.Media.TitleNative, descending),
                "MEDIA_TITLE_NATIVE" => By(entries, ordered, e => e.Media!.TitleNative, descending),
                // Popularity as Anibase counts it for Media.popularity: how many lists hold the media.
                "MEDIA_POPULARITY" => By(entries, ordered, e => db.MediaListEntries.Count(other => other.MediaId == e.MediaId), descending),
                _ => ordered,
            };
        }

        return ordered is null ? entries.OrderBy(e => e.Id) : ordered.ThenBy(e => e.Id);
    }

    /// <summary>The order of AniList's MediaListStatus enum.</summary>
    private static readonly Expression<Func<MediaListEntry, int>> StatusOrder = e =>
        e.Status == "CURRENT" ? 0 : e.Status == "PLANNING" ? 1 : e.Status == "COMPLETED" ? 2
        : e.Status == "DROPPED" ? 3 : e.Status == "PAUSED" ? 4 : 5;

    private static IOrderedQueryable<MediaListEntry> By<TKey>(
        IQueryable<MediaListEntry> entries, IOrderedQueryable<MediaListEntry>? ordered, Expression<Func<MediaListEntry, TKey>> key, bool descending) =>
        (ordered, descending) switch
        {
            (null, false) => entries.OrderBy(key),
            (null, true) => entries.OrderByDescending(key),
            (_, false) => ordered.ThenBy(key),
            (_, true) => ordered.ThenByDescending(key),
        };
}
