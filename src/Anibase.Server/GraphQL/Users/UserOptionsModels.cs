using Anibase.Data.Accounts;

namespace Anibase.Server.GraphQL.Users;

/// <summary>AniList's <c>UserOptions</c>.</summary>
internal sealed record UserOptionsModel(
    string TitleLanguage, bool DisplayAdultContent, bool AiringNotifications, string ProfileColor, string? Timezone,
    int ActivityMergeTime, string StaffNameLanguage, bool RestrictMessagesToFollowing)
{
    public static UserOptionsModel From(AnibaseUser user) => new(
        user.TitleLanguage, user.DisplayAdultContent, user.AiringNotifications, user.ProfileColor, user.Timezone,
        user.ActivityMergeTime, user.StaffNameLanguage, user.RestrictMessagesToFollowing);
}

/// <summary>AniList's <c>MediaListOptions</c>; Anibase has anime lists only, so the manga options are the defaults.</summary>
internal sealed record MediaListOptionsModel(string ScoreFormat, string RowOrder, MediaListTypeOptionsModel AnimeList, MediaListTypeOptionsModel MangaList)
{
    public static MediaListOptionsModel From(AnibaseUser user) => new(
        user.ScoreFormat,
        user.RowOrder,
        new MediaListTypeOptionsModel(user.AnimeSectionOrder, user.AnimeSplitCompletedSectionByFormat, user.AnimeCustomLists,
            user.AnimeAdvancedScoring, user.AnimeAdvancedScoringEnabled),
        new MediaListTypeOptionsModel(["Reading", "Rereading", "Completed", "Paused", "Dropped", "Planning"], false, [], [], false));
}

internal sealed record MediaListTypeOptionsModel(
    IReadOnlyList<string> SectionOrder, bool SplitCompletedSectionByFormat, IReadOnlyList<string> CustomLists,
    IReadOnlyList<string> AdvancedScoring, bool AdvancedScoringEnabled);
