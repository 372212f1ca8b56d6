namespace Anibase.Server.GraphQL.Catalog;

/// <summary>AniList's <c>FuzzyDate</c>: any part may be unknown.</summary>
public sealed record FuzzyDateModel(int? Year, int? Month, int? Day);

/// <summary>AniList's <c>MediaTitle</c>; <c>userPreferred</c> follows the viewer's title language.</summary>
internal sealed record MediaTitleModel(string? Romaji, string? English, string? Native, string? UserPreferred);
