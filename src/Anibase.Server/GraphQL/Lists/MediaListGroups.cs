using Anibase.Data.Accounts;
using Anibase.Data.Lists;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>
/// Groups a list as AniList's <c>MediaListCollection.lists</c> does: a section per status
/// (Watching, Completed…), completed split by format when the owner asks for it, and a section per
/// custom list; empty sections are left out; sections follow the owner's section order.
/// </summary>
internal static class MediaListGroups
{
    private static readonly (string Status, string Anime, string Manga)[] Sections =
    [
        ("CURRENT", "Watching", "Reading"),
        ("REPEATING", "Rewatching", "Rereading"),
        ("COMPLETED", "Completed", "Completed"),
        ("PAUSED", "Paused", "Paused"),
        ("DROPPED", "Dropped", "Dropped"),
        ("PLANNING", "Planning", "Planning"),
    ];

    /// <summary>AniList's MediaFormat names as its split completed sections show them ("Completed TV Short").</summary>
    private static readonly (string Format, string Name)[] Formats =
    [
        ("TV", "TV"), ("TV_SHORT", "TV Short"), ("MOVIE", "Movie"), ("SPECIAL", "Special"), ("OVA", "OVA"), ("ONA", "ONA"),
        ("MUSIC", "Music"), ("MANGA", "Manga"), ("NOVEL", "Novel"), ("ONE_SHOT", "One Shot"),
    ];

    private static readonly string[] MangaSectionOrder = ["Reading", "Rereading", "Completed", "Paused", "Dropped", "Planning"];

    public static IReadOnlyList<MediaListGroupModel> Build(IReadOnlyList<MediaListEntry> entries, AnibaseUser owner, string? type, bool splitCompleted)
    {
        var manga = type == "MANGA";
        var statusGroups = new List<MediaListGroupModel>();
        foreach (var (status, animeName, mangaName) in Sections)
        {
            // An entry hidden from status lists shows in its custom lists only.
            var inSection = entries.Where(e => e.Status == status && !e.HiddenFromStatusLists).ToList();
            if (status == "COMPLETED" && splitCompleted)
            {
                statusGroups.AddRange(SplitByFormat(inSection));
            }
            else if (inSection.Count > 0)
            {
                statusGroups.Add(new MediaListGroupModel(manga ? mangaName : animeName, status, false, false, inSection));
            }
        }

        var customGroups = owner.AnimeCustomLists
            .Distinct(StringComparer.Ordinal)
            .Select(name => new MediaListGroupModel(name, null, true, false, [.. entries.Where(e => e.CustomLists.Contains(name))]))
            .Where(g => g.Entries.Count > 0)
            .ToList();

        return Order(statusGroups, customGroups, manga ? MangaSectionOrder : owner.AnimeSectionOrder);
    }

    private static IEnumerable<MediaListGroupModel> SplitByFormat(List<MediaListEntry> completed)
    {
        foreach (var (format, name) in Formats)
        {
            var ofFormat = completed.Where(e => e.Media?.Format == format).ToList();
            if (ofFormat.Count > 0)
            {
                yield return new MediaListGroupModel("Completed " + name, "COMPLETED", false, true, ofFormat);
            }
        }

        // Media without a known format have no section of their own.
        var unknown = completed.Where(e => !Formats.Any(f => f.Format == e.Media?.Format)).ToList();
        if (unknown.Count > 0)
        {
            yield return new MediaListGroupModel("Completed", "COMPLETED", false, false, unknown);
        }
    }

    /// <summary>
    /// The owner's section order first; a split completed section not named there takes the place
    /// of "Completed"; anything else follows, status sections before custom lists.
    /// </summary>
    private static List<MediaListGroupModel> Order(
        List<MediaListGroupModel> statusGroups, List<MediaListGroupModel> customGroups, IReadOnlyList<string> sectionOrder)
    {
        var ordered = new List<MediaListGroupModel>();
        void Take(IEnumerable<MediaListGroupModel> groups) => ordered.AddRange(groups.Where(g => !ordered.Contains(g)).ToList());

        foreach (var name in sectionOrder)
        {
            Take(statusGroups.Where(g => g.Name == name));
            if (name == "Completed")
            {
                Take(statusGroups.Where(g => g.IsSplitCompletedList && !sectionOrder.Contains(g.Name)));
            }

            Take(customGroups.Where(g => g.Name == name));
        }

        Take(statusGroups);
        Take(customGroups);
        return ordered;
    }
}
