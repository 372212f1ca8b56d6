using System.Collections;
using Anibase.Data.Catalog;
using Anibase.Server.GraphQL.Paging;
using Anibase.Server.GraphQL.Users;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.GraphQL.Catalog;

/// <summary><c>Query.Media</c> and <c>Page.media</c>: the catalog with AniList's filters and sorts.</summary>
internal static class MediaQueries
{
    /// <summary>TRENDING counts list activity over the last week.</summary>
    public const int TrendingDays = 7;

    public static async Task<PageSlice> PageAsync(PageRequest request)
    {
        var context = request.Context;
        var query = Filter(context, request.Raw);
        var total = await query.CountAsync(context.CancellationToken);
        var items = await Sort(context, query, request.Raw).Skip(request.Skip).Take(request.PerPage).ToListAsync(context.CancellationToken);
        return new PageSlice([.. items], total);
    }

    public static async Task<Media?> FirstAsync(IResolveFieldContext context)
    {
        object? Arg(string name) => context.Arguments?.TryGetValue(name, out var value) == true ? value.Value : null;
        var query = Filter(context, Arg);
        return await Sort(context, query, Arg).FirstOrDefaultAsync(context.CancellationToken);
    }

    private static IQueryable<Media> Filter(IResolveFieldContext context, Func<string, object?> arg)
    {
        var db = context.Db();
        var media = db.Media.AsNoTracking();

        if (arg("id") is int id) media = media.Where(m => m.Id == id);
        if (arg("id_not") is int idNot) media = media.Where(m => m.Id != idNot);
        if (Ints(arg("id_in")) is { } idIn) media = media.Where(m => idIn.Contains(m.Id));
        if (Ints(arg("id_not_in")) is { } idNotIn) media = media.Where(m => !idNotIn.Contains(m.Id));
        if (arg("idMal") is int idMal) media = media.Where(m => m.IdMal == idMal);
        if (arg("idMal_not") is int idMalNot) media = media.Where(m => m.IdMal != idMalNot);
        if (Ints(arg("idMal_in")) is { } idMalIn) media = media.Where(m => m.IdMal != null && idMalIn.Contains(m.IdMal.Value));
        if (Ints(arg("idMal_not_in")) is { } idMalNotIn) media = media.Where(m => m.IdMal == null || !idMalNotIn.Contains(m.IdMal.Value));
        if (arg("type") is string type) media = media.Where(m => m.Type == type);
        if (arg("format") is string format) media = media.Where(m => m.Format == format);
        if (arg("format_not") is string formatNot) media = media.Where(m => m.Format != formatNot);
        if (Strings(arg("format_in")) is { } formatIn) media = media.Where(m => m.Format != null && formatIn.Contains(m.Format));
        if (Strings(arg("format_not_in")) is { } formatNotIn) media = media.Where(m => m.Format == null || !formatNotIn.Contains(m.Format));
        if (arg("status") is string status) media = media.Where(m => m.Status == status);
        if (arg("status_not") is string statusNot) media = media.Where(m => m.Status != statusNot);
        if (Strings(arg("status_in")) is { } statusIn) media = media.Where(m => m.Status != null && statusIn.Contains(m.Status));
        if (Strings(arg("status_not_in")) is { } statusNotIn) media = media.Where(m => m.Status == null || !statusNotIn.Contains(m.Status));
        if (arg("season") is string season) media = media.Where(m => m.Season == season);
        if (arg("seasonYear") is int seasonYear) media = media.Where(m => m.SeasonYear == seasonYear);
        if (arg("isAdult") is bool isAdult) media = media.Where(m => m.IsAdult == isAdult);
        if (arg("countryOfOrigin") is string country) media = media.Where(m => m.CountryOfOrigin == country);
        if (Strings(arg("countryOfOrigin_in")) is { } countryIn) media = media.Where(m => countryIn.Contains(m.CountryOfOrigin));
        if (arg("episodes") is int episodes) media = media.Where(m => m.Episodes == episodes);
        if (arg("episodes_greater") is int episodesGreater) media = media.Where(m => m.Episodes > episodesGreater);
        if (arg("episodes_lesser") is int episodesLesser) media = media.Where(m => m.Episodes < episodesLesser);
        if (arg("startDate") is int startDate) media = FuzzyDateEquals(media, startDate);
        if (arg("startDate_greater") is int startGreater) media = media.Where(m => m.StartDateInt > startGreater);
        if (arg("startDate_lesser") is int startLesser) media = media.Where(m => m.StartDateInt < startLesser);
        if (arg("startDate_like") is string startLike && LikeRange(startLike) is var (low, high)) media = media.Where(m => m.StartDateInt >= low && m.StartDateInt <= high);
        if (arg("genre") is string genre) media = media.Where(m => m.Genres.Contains(genre));
        if (Strings(arg("genre_in")) is { } genreIn) media = media.Where(m => m.Genres.Any(g => genreIn.Contains(g)));
        if (Strings(arg("genre_not_in")) is { } genreNotIn) media = media.Where(m => !m.Genres.Any(g => genreNotIn.Contains(g)));
        if (SearchTerm(arg) is { } term) media = media.Where(m => m.SearchText.Contains(term));
        if (arg("onList") is bool onList && UserResolvers.ViewerId(context.User) is { } viewerId)
        {
            media = onList
                ? media.Where(m => db.MediaListEntries.Any(e => e.UserId == viewerId && e.MediaId == m.Id))
                : media.Where(m => !db.MediaListEntries.Any(e => e.UserId == viewerId && e.MediaId == m.Id));
        }

        return media;
    }

    private static IQueryable<Media> FuzzyDateEquals(IQueryable<Media> media, int date)
    {
        // FuzzyDateInt: YYYYMMDD with unknown parts 0; 20170000 means any date in 2017.
        int year = date / 10000, month = date / 100 % 100, day = date % 100;
        media = media.Where(m => m.StartYear == year);
        if (month > 0) media = media.Where(m => m.StartMonth == month);
        if (day > 0) media = media.Where(m => m.StartDay == day);
        return media;
    }

    private static IQueryable<Media> Sort(IResolveFieldContext context, IQueryable<Media> media, Func<string, object?> arg)
    {
        var db = context.Db();
        var term = SearchTerm(arg);
        var sorts = Strings(arg("sort")) ?? [term is null ? "ID" : "SEARCH_MATCH"];
        var since = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-TrendingDays);

        IOrderedQueryable<Media>? ordered = null;
        foreach (var sort in sorts)
        {
            ordered = sort switch
            {
                "ID" => Then(ordered, media, m => m.Id, descending: false),
                "ID_DESC" => Then(ordered, media, m => m.Id, descending: true),
                "TITLE_ROMAJI" => Then(ordered, media, m => m.TitleRomaji ?? m.TitleNative, descending: false),
                "TITLE_ROMAJI_DESC" => Then(ordered, media, m => m.TitleRomaji ?? m.TitleNative, descending: true),
                "TITLE_ENGLISH" => Then(ordered, media, m => m.TitleEnglish ?? m.TitleNative, descending: false),
                "TITLE_ENGLISH_DESC" => Then(ordered, media, m => m.TitleEnglish ?? m.TitleNative, descending: true),
                "TITLE_NATIVE" => Then(ordered, media, m => m.TitleNative, descending: false),
                "TITLE_NATIVE_DESC" => Then(ordered, media, m => m.TitleNative, descending: true),
                "FORMAT" => Then(ordered, media, m => m.Format, descending: false),
                "FORMAT_DESC" => Then(ordered, media, m => m.Format, descending: true),
                "TYPE" => Then(ordered, media, m => m.Type, descending: false),
                "TYPE_DESC" => Then(ordered, media, m => m.Type, descending: true),
                "START_DATE" => Then(ordered, media, m => m.StartDateInt, descending: false),
                "START_DATE_DESC" => Then(ordered, media, m => m.StartDateInt, descending: true),
                "END_DATE" => Then(ordered, media, m => (m.EndYear * 10000) + ((m.EndMonth ?? 0) * 100) + (m.EndDay ?? 0), descending: false),
                "END_DATE_DESC" => Then(ordered, media, m => (m.EndYear * 10000) + ((m.EndMonth ?? 0) * 100) + (m.EndDay ?? 0), descending: true),
                "EPISODES" => Then(ordered, media, m => m.Episodes, descending: false),
                "EPISODES_DESC" => Then(ordered, media, m => m.Episodes, descending: true),
                "POPULARITY" => Then(ordered, media, m => db.MediaListEntries.Count(e => e.MediaId == m.Id), descending: false),
                "POPULARITY_DESC" => Then(ordered, media, m => db.MediaListEntries.Count(e => e.MediaId == m.Id), descending: true),
                "SCORE" => Then(ordered, media, m => (db.MediaListEntries.Where(e => e.MediaId == m.Id && e.ScoreRaw > 0).Average(e => (double?)e.ScoreRaw) ?? 0), descending: false),
                "SCORE_DESC" => Then(ordered, media, m => (db.MediaListEntries.Where(e => e.MediaId == m.Id && e.ScoreRaw > 0).Average(e => (double?)e.ScoreRaw) ?? 0), descending: true),
                "FAVOURITES" => Then(ordered, media, m => db.Favourites.Count(f => f.MediaId == m.Id), descending: false),
                "FAVOURITES_DESC" => Then(ordered, media, m => db.Favourites.Count(f => f.MediaId == m.Id), descending: true),
                "TRENDING" => Then(ordered, media, m => db.MediaListEntries.Count(e => e.MediaId == m.Id && e.UpdatedAt >= since), descending: false),
                "TRENDING_DESC" => Then(ordered, media, m => db.MediaListEntries.Count(e => e.MediaId == m.Id && e.UpdatedAt >= since), descending: true),
                // Exact title first, then titles that start with the term, then the rest; popular first within each.
                "SEARCH_MATCH" when term is not null => Then(Then(ordered, media, m =>
                        m.SearchText == term || m.SearchText.StartsWith(term + "\n") || m.SearchText.Contains("\n" + term + "\n") || m.SearchText.EndsWith("\n" + term) ? 0
                        : m.SearchText.StartsWith(term) || m.SearchText.Contains("\n" + term) ? 1 : 2, descending: false),
                    media, m => db.MediaListEntries.Count(e => e.MediaId == m.Id), descending: true),
                _ => ordered,
            };
        }

        // Unscored media count as 0 so that every database puts them last in SCORE_DESC; a stable
        // order for paging whatever the sorts.
        return ordered is null ? media.OrderBy(m => m.Id) : ordered.ThenBy(m => m.Id);
    }

    private static IOrderedQueryable<Media> Then<TKey>(
        IOrderedQueryable<Media>? ordered, IQueryable<Media> media, System.Linq.Expressions.Expression<Func<Media, TKey>> key, bool descending) =>
        (ordered, descending) switch
        {
            (null, false) => media.OrderBy(key),
            (null, true) => media.OrderByDescending(key),
            (_, false) => ordered.ThenBy(key),
            (_, true) => ordered.ThenByDescending(key),
        };

    /// <summary><c>startDate_like: "2017%"</c>: the FuzzyDateInt range its leading digits cover.</summary>
    private static (int Low, int High)? LikeRange(string like)
    {
        var digits = new string([.. like.TakeWhile(char.IsAsciiDigit)]);
        return digits.Length is 0 or > 8
            ? null
            : (int.Parse(digits.PadRight(8, '0'), System.Globalization.CultureInfo.InvariantCulture),
               int.Parse(digits.PadRight(8, '9'), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? SearchTerm(Func<string, object?> arg) =>
        arg("search") is string search && !string.IsNullOrWhiteSpace(search) ? search.Trim().ToLowerInvariant() : null;

    private static List<int>? Ints(object? value) => value is IEnumerable list and not string
        ? [.. list.OfType<object>().Select(Convert.ToInt32)]
        : null;

    private static List<string>? Strings(object? value) => value switch
    {
        string single => [single],
        IEnumerable list => [.. list.OfType<object>().Select(v => v.ToString()!)],
        _ => null,
    };
}
