using System.Linq.Expressions;
using Anibase.Data;
using Anibase.Data.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>AniList's MediaList filters (<c>MediaList</c>, <c>Page.mediaList</c>, <c>MediaListCollection</c>) as a query.</summary>
internal static class MediaListFilter
{
    /// <summary>The start date as AniList's FuzzyDateInt: YYYYMMDD, unknown parts 0, no date 0.</summary>
    public static readonly Expression<Func<MediaListEntry, int>> StartedOn =
        e => ((e.StartedYear ?? 0) * 10000) + ((e.StartedMonth ?? 0) * 100) + (e.StartedDay ?? 0);

    public static readonly Expression<Func<MediaListEntry, int>> CompletedOn =
        e => ((e.CompletedYear ?? 0) * 10000) + ((e.CompletedMonth ?? 0) * 100) + (e.CompletedDay ?? 0);

    /// <summary>Private entries are visible to their owner only.</summary>
    public static IQueryable<MediaListEntry> VisibleTo(this IQueryable<MediaListEntry> entries, int? viewerId) =>
        entries.Where(e => !e.Private || e.UserId == viewerId);

    public static IQueryable<MediaListEntry> Apply(IQueryable<MediaListEntry> entries, ListArguments arguments, AnibaseDbContext db, int? viewerId)
    {
        entries = ByIdentity(entries, arguments);
        entries = ByStatus(entries, arguments);
        entries = ByNotes(entries, arguments);
        entries = ByDate(entries, arguments, "startedAt", StartedOn);
        entries = ByDate(entries, arguments, "completedAt", CompletedOn);
        if (arguments.String("type") is { } type)
        {
            entries = entries.Where(e => e.Media!.Type == type);
        }

        if (arguments.Bool("isFollowing") == true)
        {
            // Anibase has no follows yet: nobody is followed, so no entry is a followed user's.
            entries = entries.Where(_ => false);
        }

        if (arguments.Bool("compareWithAuthList") == true && viewerId is { } viewer)
        {
            entries = entries.Where(e => db.MediaListEntries.Any(own => own.UserId == viewer && own.MediaId == e.MediaId));
        }

        return entries.VisibleTo(viewerId);
    }

    private static IQueryable<MediaListEntry> ByIdentity(IQueryable<MediaListEntry> entries, ListArguments arguments)
    {
        if (arguments.Int("id") is { } id)
        {
            entries = entries.Where(e => e.Id == id);
        }

        if (arguments.Int("userId") is { } userId)
        {
            entries = entries.Where(e => e.UserId == userId);
        }

        if (arguments.String("userName") is { } userName && !string.IsNullOrWhiteSpace(userName))
        {
            var normalized = userName.Trim().ToUpperInvariant();
            entries = entries.Where(e => e.User!.NormalizedUserName == normalized);
        }

        if (arguments.Ints("userId_in") is { } userIds)
        {
            entries = entries.Where(e => userIds.Contains(e.UserId));
        }

        if (arguments.Int("mediaId") is { } mediaId)
        {
            entries = entries.Where(e => e.MediaId == mediaId);
        }

        if (arguments.Ints("mediaId_in") is { } mediaIds)
        {
            entries = entries.Where(e => mediaIds.Contains(e.MediaId));
        }

        if (arguments.Ints("mediaId_not_in") is { } excludedMediaIds)
        {
            entries = entries.Where(e => !excludedMediaIds.Contains(e.MediaId));
        }

        return entries;
    }

    private static IQueryable<MediaListEntry> ByStatus(IQueryable<MediaListEntry> entries, ListArguments arguments)
    {
        if (arguments.String("status") is { } status)
        {
            entries = entries.Where(e => e.Status == status);
        }

        if (arguments.Strings("status_in") is { } statuses)
        {
            entries = entries.Where(e => statuses.Contains(e.Status));
        }

        if (arguments.Strings("status_not_in") is { } excluded)
        {
            entries = entries.Where(e => !excluded.Contains(e.Status));
        }

        if (arguments.String("status_not") is { } notStatus)
        {
            entries = entries.Where(e => e.Status != notStatus);
        }

        return entries;
    }

    private static IQueryable<MediaListEntry> ByNotes(IQueryable<MediaListEntry> entries, ListArguments arguments)
    {
        // "Filter by note words and #tags": a case-insensitive match anywhere in the notes.
        foreach (var name in (string[])["notes", "notes_like"])
        {
            if (arguments.String(name) is { Length: > 0 } words)
            {
                var pattern = words.Contains('%', StringComparison.Ordinal) ? words.ToLowerInvariant() : $"%{Escape(words.ToLowerInvariant())}%";
#pragma warning disable CA1304, CA1311 // Translated to SQL's LOWER(); no culture applies.
                entries = entries.Where(e => e.Notes != null && EF.Functions.Like(e.Notes.ToLower(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
            }
        }

        return entries;
    }

    private static IQueryable<MediaListEntry> ByDate(
        IQueryable<MediaListEntry> entries, ListArguments arguments, string name, Expression<Func<MediaListEntry, int>> date)
    {
        if (arguments.Int(name) is { } on)
        {
            entries = Where(entries, date, d => d == on);
        }

        if (arguments.Int(name + "_greater") is { } after)
        {
            entries = Where(entries, date, d => d > after);
        }

        if (arguments.Int(name + "_lesser") is { } before)
        {
            // An entry without the date is not before anything.
            entries = Where(entries, date, d => d > 0 && d < before);
        }

        if (arguments.String(name + "_like") is { Length: > 0 } like)
        {
            // As AniList's startDate_like: a LIKE pattern on the YYYYMMDD digits, e.g. "2017%".
#pragma warning disable CA1305 // Translated to a SQL cast to text; no culture applies.
            entries = Where(entries, date, d => EF.Functions.Like(d.ToString(), like));
#pragma warning restore CA1305
        }

        return entries;
    }

    private static IQueryable<MediaListEntry> Where(
        IQueryable<MediaListEntry> entries, Expression<Func<MediaListEntry, int>> date, Expression<Func<int, bool>> test)
    {
        var body = ReplacingExpressionVisitor.Replace(test.Parameters[0], date.Body, test.Body);
        return entries.Where(Expression.Lambda<Func<MediaListEntry, bool>>(body, date.Parameters));
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
