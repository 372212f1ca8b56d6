using Anibase.Data.Catalog;
using Anibase.Server.GraphQL.Users;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Utilities;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.GraphQL.Catalog;

/// <summary><c>Query.Media</c>, <c>GenreCollection</c> and the fields of <c>Media</c> from the catalog entity.</summary>
internal static class MediaResolvers
{
    private const string TitleLanguageKey = "anibase.viewer.titleLanguage";

    public static void Register(SchemaBuilder builder)
    {
        var query = builder.Types.For("Query");
        query.FieldFor("Media").Resolver = new FuncFieldResolver<Media>(async context =>
            await MediaQueries.FirstAsync(context) ?? throw AniListError.NotFound());
        query.FieldFor("GenreCollection").Resolver = new FuncFieldResolver<IReadOnlyList<string>>(async context =>
        {
            // Genres are stored per media; the catalog's set is small (AniList has 19).
            var lists = await context.Db().Media.AsNoTracking().Select(m => m.Genres).ToListAsync(context.CancellationToken);
            return [.. lists.SelectMany(g => g).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        });

        var media = builder.Types.For("Media");
        media.FieldFor("title").Resolver = new FuncFieldResolver<Media, MediaTitleModel>(async context =>
        {
            var m = context.Source;
            var preferred = await ViewerTitleLanguageAsync(context) switch
            {
                "ENGLISH" or "ENGLISH_STYLISED" => m.TitleEnglish ?? m.TitleRomaji ?? m.TitleNative,
                "NATIVE" => m.TitleNative,
                _ => m.TitleRomaji ?? m.TitleEnglish ?? m.TitleNative,
            };
            return new MediaTitleModel(m.TitleRomaji, m.TitleEnglish, m.TitleNative, preferred);
        });
        media.FieldFor("startDate").Resolver = new FuncFieldResolver<Media, FuzzyDateModel>(c =>
            new FuzzyDateModel(c.Source.StartYear, c.Source.StartMonth, c.Source.StartDay));
        media.FieldFor("endDate").Resolver = new FuncFieldResolver<Media, FuzzyDateModel>(c =>
            new FuzzyDateModel(c.Source.EndYear, c.Source.EndMonth, c.Source.EndDay));
        media.FieldFor("seasonInt").Resolver = new FuncFieldResolver<Media, int?>(c => SeasonInt(c.Source));
        // Clients read coverImage.large without a null check; AniList always sends the object.
        media.FieldFor("coverImage").Resolver = new FuncFieldResolver<Media, object>(_ => new Dictionary<string, object?>());
        media.FieldFor("siteUrl").Resolver = new FuncFieldResolver<Media, string>(c => SiteUrls.For(c, "anime/" + c.Source.Id));
        media.FieldFor("isLicensed").Resolver = new FuncFieldResolver<Media, bool>(c => c.Source.ExternalLinks.Any(l => l.Type == "STREAMING"));

        // Statistics from Anibase's own users' lists.
        media.FieldFor("popularity").Resolver = new FuncFieldResolver<Media, int>(async c =>
            await c.Db().MediaListEntries.CountAsync(e => e.MediaId == c.Source.Id, c.CancellationToken));
        media.FieldFor("favourites").Resolver = new FuncFieldResolver<Media, int>(async c =>
            await c.Db().Favourites.CountAsync(f => f.MediaId == c.Source.Id, c.CancellationToken));
        media.FieldFor("meanScore").Resolver = new FuncFieldResolver<Media, int?>(MeanScoreAsync);
        media.FieldFor("averageScore").Resolver = new FuncFieldResolver<Media, int?>(MeanScoreAsync);
        media.FieldFor("trending").Resolver = new FuncFieldResolver<Media, int>(async c =>
        {
            var since = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-MediaQueries.TrendingDays);
            return await c.Db().MediaListEntries.CountAsync(e => e.MediaId == c.Source.Id && e.UpdatedAt >= since, c.CancellationToken);
        });
    }

    private static async ValueTask<int?> MeanScoreAsync(IResolveFieldContext<Media> context)
    {
        var mean = await context.Db().MediaListEntries
            .Where(e => e.MediaId == context.Source.Id && e.ScoreRaw > 0)
            .AverageAsync(e => (double?)e.ScoreRaw, context.CancellationToken);
        return mean is { } value ? (int)Math.Round(value) : null;
    }

    /// <summary>AniList's deprecated <c>seasonInt</c>: the last two digits of the year, then the season 1–4 (e.g. 171 for Winter 2017).</summary>
    private static int? SeasonInt(Media media) => media is { SeasonYear: { } year, Season: { } season }
        ? (year % 100 * 10) + season switch { "WINTER" => 1, "SPRING" => 2, "SUMMER" => 3, _ => 4 }
        : null;

    private static async Task<string> ViewerTitleLanguageAsync(IResolveFieldContext context)
    {
        if (context.UserContext.TryGetValue(TitleLanguageKey, out var cached) && cached is string language)
        {
            return language;
        }

        var viewerId = UserResolvers.ViewerId(context.User);
        language = viewerId is null
            ? "ROMAJI"
            : await context.Db().Users.Where(u => u.Id == viewerId).Select(u => u.TitleLanguage).SingleOrDefaultAsync(context.CancellationToken) ?? "ROMAJI";
        context.UserContext[TitleLanguageKey] = language;
        return language;
    }
}
