namespace Anibase.Server.Catalog;

/// <summary>
/// bangumi-data's <c>dist/data.json</c>, as far as the catalog reads it (the package's
/// <c>data.d.ts</c> is the schema). Everything is nullable so that a file of another shape is
/// reported by <see cref="BangumiDataReader"/> rather than half read.
/// </summary>
internal sealed record BangumiDataFile(Dictionary<string, BangumiSiteMeta>? SiteMeta, List<BangumiItem>? Items);

/// <summary>An anime. <c>begin</c> and <c>end</c> are ISO instants in UTC, or empty when unknown.</summary>
internal sealed record BangumiItem(
    string? Title,
    Dictionary<string, List<string>>? TitleTranslate,
    string? Type,
    string? Lang,
    string? OfficialSite,
    string? Begin,
    string? End,
    List<BangumiSite>? Sites);

/// <summary>An anime's page on a site: its id there, or its whole URL when the site's template does not fit.</summary>
internal sealed record BangumiSite(string? Site, string? Id, string? Url);

/// <summary>A site: its name, page URL template (<c>{{id}}</c>) and type: info, onair (streaming) or resource.</summary>
internal sealed record BangumiSiteMeta(string? Title, string? UrlTemplate, string? Type);
