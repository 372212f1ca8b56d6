using System.Globalization;
using Anibase.Data.Catalog;

namespace Anibase.Server.Catalog;

/// <summary>One bangumi-data item as a catalog <see cref="Media"/>; <see cref="CatalogImporter"/> chooses the id.</summary>
internal sealed class BangumiDataMapper(IReadOnlyDictionary<string, BangumiSiteMeta> siteMeta, DateTimeOffset now)
{
    public static int? AniListId(BangumiItem item) => SiteId(item, "aniList");

    public Media Map(BangumiItem item, int id)
    {
        var native = item.Title!.Trim();
        var translations = (item.TitleTranslate ?? [])
            .SelectMany(language => language.Value ?? [])
            .Select(title => title?.Trim())
            .OfType<string>()
            .Where(title => title.Length > 0)
            .ToList();
        var english = item.TitleTranslate?.GetValueOrDefault("en")?.FirstOrDefault(title => !string.IsNullOrWhiteSpace(title))?.Trim();
        var synonyms = translations.Where(title => title != native && title != english).Distinct(StringComparer.Ordinal).ToList();

        var media = new Media
        {
            Id = id,
            IdMal = SiteId(item, "mal"),
            TitleNative = native,
            TitleEnglish = english,
            Format = FormatOf(item.Type),
            CountryOfOrigin = CountryOf(item.Lang),
            Synonyms = synonyms,
            ExternalLinks = ExternalLinkMapping.Map(item, id, siteMeta),
            SearchText = string.Join('\n', new[] { native, english }.Concat(synonyms).OfType<string>()
                .Select(title => title.ToLowerInvariant()).Distinct(StringComparer.Ordinal)),
        };
        BroadcastDates.Apply(media, item, now);
        return media;
    }

    private static string? FormatOf(string? type) => type switch
    {
        "tv" => "TV",
        "movie" => "MOVIE",
        "ova" => "OVA",
        "web" => "ONA",
        _ => null,
    };

    /// <summary>AniList's countryOfOrigin from the item's original language.</summary>
    private static string CountryOf(string? language) => language switch
    {
        "zh-Hans" or "zh-Hant" => "CN",
        "en" => "US",
        "ko" => "KR",
        _ => "JP",
    };

    private static int? SiteId(BangumiItem item, string site)
    {
        var id = item.Sites?.FirstOrDefault(s => s?.Site == site)?.Id;
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new InvalidDataException($"'{item.Title}' has a {site} id that is not a positive number: '{id}'.");
    }
}
