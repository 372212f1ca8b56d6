using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace Anibase.Server.Tests.Catalog;

/// <summary>
/// Small files in bangumi-data's shape (items with defaults, the real siteMeta of the sites they
/// use), as a stream or written to disk, plain or gzipped.
/// </summary>
public static class BangumiDataSample
{
    private static readonly Dictionary<string, object> SiteMeta = new()
    {
        ["bangumi"] = Meta("番组计划", "https://bangumi.tv/subject/{{id}}", "info"),
        ["aniList"] = Meta("AniList", "https://anilist.co/anime/{{id}}", "info"),
        ["mal"] = Meta("MyAnimeList", "https://myanimelist.net/anime/{{id}}", "info"),
        ["bilibili"] = Meta("哔哩哔哩", "https://www.bilibili.com/bangumi/media/md{{id}}/", "onair"),
        ["bilibili_hk_mo_tw"] = Meta("哔哩哔哩（港澳台）", "https://www.bilibili.com/bangumi/media/md{{id}}/", "onair"),
        ["crunchyroll"] = Meta("Crunchyroll", "https://www.crunchyroll.com/series/{{id}}/", "onair"),
        ["iqiyi"] = Meta("爱奇艺", "https://www.iqiyi.com/{{id}}.html", "onair"),
        ["dmhy"] = Meta("动漫花园", "https://share.dmhy.org/topics/list?keyword={{id}}", "resource"),
    };

    /// <summary>An item; <paramref name="begin"/> and <paramref name="end"/> are UTC instants as bangumi-data writes them, or "".</summary>
    public static Dictionary<string, object?> Item(
        string title,
        string type = "tv",
        string begin = "2020-01-05T15:00:00.000Z",
        string end = "2020-03-22T15:30:00.000Z",
        int? aniList = null,
        int? mal = null,
        string lang = "ja",
        string officialSite = "",
        Dictionary<string, string[]>? titleTranslate = null,
        object[]? sites = null)
    {
        object?[] ids = [Site("bangumi", "1000"), aniList is { } a ? Site("aniList", Text(a)) : null, mal is { } m ? Site("mal", Text(m)) : null];
        return new()
        {
            ["title"] = title,
            ["titleTranslate"] = titleTranslate ?? [],
            ["type"] = type,
            ["lang"] = lang,
            ["officialSite"] = officialSite,
            ["begin"] = begin,
            ["broadcast"] = "",
            ["end"] = end,
            ["comment"] = "",
            ["sites"] = ids.OfType<object>().Concat(sites ?? []).ToArray(),
        };
    }

    public static object Site(string site, string id, string? url = null) =>
        url is null ? new { site, id } : new { site, id, url };

    public static string Json(params object[] items) => JsonSerializer.Serialize(new { siteMeta = SiteMeta, items });

    public static MemoryStream Stream(params object[] items) => new(Encoding.UTF8.GetBytes(Json(items)));

    /// <summary>Writes the file; a path ending in .gz is gzipped.</summary>
    public static async Task<string> WriteAsync(string path, params object[] items)
    {
        await using var file = File.Create(path);
        await using var compressed = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.Fastest) : null;
        await (compressed ?? (Stream)file).WriteAsync(Encoding.UTF8.GetBytes(Json(items)));
        return path;
    }

    private static object Meta(string title, string urlTemplate, string type) => new { title, urlTemplate, type };

    private static string Text(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
