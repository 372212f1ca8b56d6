using Anibase.Data.Accounts;
using Anibase.Data.Lists;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>AniList's <c>MediaListCollection</c>: one user's list, grouped.</summary>
internal sealed record MediaListCollectionModel(IReadOnlyList<MediaListGroupModel> Lists, AnibaseUser User, bool HasNextChunk);

/// <summary>AniList's <c>MediaListGroup</c>: a status section, a split completed section or a custom list.</summary>
internal sealed record MediaListGroupModel(
    string Name, string? Status, bool IsCustomList, bool IsSplitCompletedList, IReadOnlyList<MediaListEntry> Entries);
