using System.Globalization;
using Anibase.Data.Accounts;
using Anibase.Data.Lists;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>
/// <c>SaveMediaListEntry</c>'s arguments: AniList's limits on them, and how they change an entry.
/// An argument left out leaves its value alone.
/// </summary>
internal static class MediaListEntryInput
{
    /// <summary>The limits AniList's schema states ("Min: 0, Max: 100"…), as Laravel rules.</summary>
    public static ValidationErrors Validate(ListArguments arguments)
    {
        var errors = new ValidationErrors()
            .Range("score", arguments.Double("score"), 0, 100)
            .Range("scoreRaw", arguments.Int("scoreRaw"), 0, 100)
            .Range("progress", arguments.Int("progress"), 0, int.MaxValue)
            .Range("progressVolumes", arguments.Int("progressVolumes"), 0, int.MaxValue)
            .Range("repeat", arguments.Int("repeat"), 0, 1000)
            .Range("priority", arguments.Int("priority"), 0, 255)
            .MaxLength("notes", arguments.String("notes"), 6000);

        var advancedScores = arguments.Doubles("advancedScores") ?? [];
        for (var i = 0; i < advancedScores.Count; i++)
        {
            errors.Range("advancedScores." + i.ToString(CultureInfo.InvariantCulture), advancedScores[i], 0, 100);
        }

        foreach (var date in (string[])["startedAt", "completedAt"])
        {
            var parts = arguments.Object(date);
            errors.Range(date + ".year", Part(parts, "year"), 0, 9999)
                .Range(date + ".month", Part(parts, "month"), 1, 12)
                .Range(date + ".day", Part(parts, "day"), 1, 31);
        }

        return errors;
    }

    public static void ApplyTo(MediaListEntry entry, ListArguments arguments, AnibaseUser owner)
    {
        entry.Status = arguments.String("status") ?? entry.Status;
        // scoreRaw is exact; score is read in the owner's format.
        if (arguments.Int("scoreRaw") is { } raw)
        {
            entry.ScoreRaw = raw;
        }
        else if (arguments.Double("score") is { } score)
        {
            entry.ScoreRaw = ScoreFormats.ToRaw(score, owner.ScoreFormat);
        }

        entry.Progress = arguments.Int("progress") ?? entry.Progress;
        entry.ProgressVolumes = arguments.Int("progressVolumes") ?? entry.ProgressVolumes;
        entry.Repeat = arguments.Int("repeat") ?? entry.Repeat;
        entry.Priority = arguments.Int("priority") ?? entry.Priority;
        entry.Private = arguments.Bool("private") ?? entry.Private;
        entry.HiddenFromStatusLists = arguments.Bool("hiddenFromStatusLists") ?? entry.HiddenFromStatusLists;
        if (arguments.Provided("notes"))
        {
            entry.Notes = arguments.String("notes");
        }

        if (arguments.Provided("customLists"))
        {
            // Only the owner's own custom lists can be enabled; other names are ignored.
            entry.CustomLists = [.. (arguments.Strings("customLists") ?? []).Where(owner.AnimeCustomLists.Contains).Distinct(StringComparer.Ordinal)];
        }

        if (arguments.Doubles("advancedScores") is { } advancedScores)
        {
            entry.AdvancedScores = [.. advancedScores];
        }

        // A date given replaces all three parts: a null part clears it, a null date clears the date.
        if (arguments.Provided("startedAt"))
        {
            var parts = arguments.Object("startedAt");
            (entry.StartedYear, entry.StartedMonth, entry.StartedDay) = (Part(parts, "year"), Part(parts, "month"), Part(parts, "day"));
        }

        if (arguments.Provided("completedAt"))
        {
            var parts = arguments.Object("completedAt");
            (entry.CompletedYear, entry.CompletedMonth, entry.CompletedDay) = (Part(parts, "year"), Part(parts, "month"), Part(parts, "day"));
        }
    }

    private static int? Part(IReadOnlyDictionary<string, object?>? date, string name) =>
        date?.GetValueOrDefault(name) is { } value ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;
}
