using Anibase.Data.Catalog;

namespace Anibase.Server.Catalog;

/// <summary>
/// AniList's <c>externalLinks</c> from an item: its official site (INFO) and the sites that stream it
/// (bangumi-data's <c>onair</c> sites). Information sites (AniList, MyAnimeList, AniDB…) are ids, not
/// links, and download sites are left out.
/// </summary>
internal static class ExternalLinkMapping
{
    /// <summary>Link ids are the media id × 100 plus the link's position, so they are unique in the whole catalog.</summary>
    public const int LinksPerMedia = 100;

    // AniList's names for the sites it lists, and English names for those bangumi-data names in
    // Chinese; other sites keep bangumi-data's title (Netflix, Crunchyroll, ABEMA, U-NEXT…).
    private static readonly Dictionary<string, string> SiteNames = new(StringComparer.Ordinal)
    {
        ["acfun"] = "AcFun",
        ["bilibili"] = "Bilibili",
        ["bilibili_hk_mo_tw"] = "Bilibili",
        ["bilibili_hk_mo"] = "Bilibili",
        ["bilibili_tw"] = "Bilibili",
        ["youku"] = "Youku",
        ["qq"] = "Tencent Video",
        ["iqiyi"] = "iQIYI",
        ["letv"] = "LeTV",
        ["mgtv"] = "Mango TV",
        ["gamer"] = "Bahamut Anime Crazy",
        ["gamer_hk"] = "Bahamut Anime Crazy",
        ["muse_hk"] = "Muse Communication HK",
        ["muse_tw"] = "Muse Communication TW",
        ["ani_one"] = "Ani-One",
        ["tropics"] = "Tropics Entertainment",
        ["danime"] = "d Anime Store",
        ["prime"] = "Amazon Prime Video",
        ["disneyplus"] = "Disney Plus",
    };

    public static List<MediaLink> Map(BangumiItem item, int mediaId, IReadOnlyDictionary<string, BangumiSiteMeta> siteMeta)
    {
        var links = new List<(string Site, string Url, string Type)>();
        if (IsWebAddress(item.OfficialSite))
        {
            links.Add(("Official Site", item.OfficialSite!, "INFO"));
        }

        foreach (var site in item.Sites ?? [])
        {
            if (site?.Site is { } key && siteMeta.TryGetValue(key, out var meta) && meta.Type == "onair"
                && UrlOf(site, meta) is { } url)
            {
                links.Add((SiteNames.GetValueOrDefault(key) ?? meta.Title ?? key, url, "STREAMING"));
            }
        }

        // Regional editions of a site often share one page (Bahamut's Taiwan and Hong Kong ones): list it once.
        return [.. links.DistinctBy(link => link.Url, StringComparer.Ordinal).Take(LinksPerMedia - 1).Select((link, index) => new MediaLink
        {
            Id = checked((mediaId * LinksPerMedia) + index + 1),
            Site = link.Site,
            Url = link.Url,
            Type = link.Type,
        })];
    }

    private static string? UrlOf(BangumiSite site, BangumiSiteMeta meta) =>
        IsWebAddress(site.Url) ? site.Url
        : !string.IsNullOrEmpty(site.Id) && meta.UrlTemplate is { } template ? template.Replace("{{id}}", site.Id, StringComparison.Ordinal)
        : null;

    private static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
