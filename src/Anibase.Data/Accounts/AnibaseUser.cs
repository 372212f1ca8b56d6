using Microsoft.AspNetCore.Identity;

namespace Anibase.Data.Accounts;

/// <summary>An account. Its integer id is the <c>sub</c> of every token issued for it and the <c>User.id</c> of the API.</summary>
public class AnibaseUser : IdentityUser<int>
{
    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? About { get; set; }

    /// <summary>AniList's UserTitleLanguage name.</summary>
    public string TitleLanguage { get; set; } = "ROMAJI";

    public bool DisplayAdultContent { get; set; }

    public bool AiringNotifications { get; set; } = true;

    public string ProfileColor { get; set; } = "blue";

    public string? Timezone { get; set; }

    public int ActivityMergeTime { get; set; } = 720;

    /// <summary>AniList's UserStaffNameLanguage name.</summary>
    public string StaffNameLanguage { get; set; } = "ROMAJI_WESTERN";

    public bool RestrictMessagesToFollowing { get; set; }

    /// <summary>AniList's ScoreFormat name; the format <c>MediaList.score</c> is shown in.</summary>
    public string ScoreFormat { get; set; } = "POINT_10";

    public string RowOrder { get; set; } = "score";

    public List<string> AnimeSectionOrder { get; set; } = ["Watching", "Rewatching", "Completed", "Paused", "Dropped", "Planning"];

    public bool AnimeSplitCompletedSectionByFormat { get; set; }

    public List<string> AnimeCustomLists { get; set; } = [];

    public List<string> AnimeAdvancedScoring { get; set; } = ["Story", "Characters", "Visuals", "Audio", "Enjoyment"];

    public bool AnimeAdvancedScoringEnabled { get; set; }
}
