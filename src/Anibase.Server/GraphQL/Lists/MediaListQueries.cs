using Anibase.Data;
using Anibase.Data.Catalog;
using Anibase.Data.Lists;
using Anibase.Server.GraphQL.Paging;
using Anibase.Server.GraphQL.Users;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Utilities;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>
/// <c>Query.MediaList</c>, <c>Page.mediaList</c> and <c>Media.mediaListEntry</c>: list entries
/// matching AniList's MediaList filters, private ones only for their owner.
/// </summary>
internal static class MediaListQueries
{
    public static void Register(SchemaBuilder builder)
    {
        builder.Types.For("Query").FieldFor("MediaList").Resolver = new FuncFieldResolver<MediaListEntry>(async context =>
            await Query(context, ListArguments.Of(context)).FirstOrDefaultAsync(context.CancellationToken)
                ?? throw AniListError.NotFound());

        // The signed-in viewer's entry for the media; null without a token (AniList's docs say so).
        builder.Types.For("Media").FieldFor("mediaListEntry").Resolver = new FuncFieldResolver<Media, MediaListEntry?>(async context =>
        {
            if (UserResolvers.ViewerId(context.User) is not { } viewerId)
            {
                return null;
            }

            var entry = await context.Db().MediaListEntries.AsNoTracking().Include(e => e.User)
                .FirstOrDefaultAsync(e => e.UserId == viewerId && e.MediaId == context.Source.Id, context.CancellationToken);
            entry?.Media = context.Source;
            return entry;
        });
    }

    public static async Task<PageSlice> PageAsync(PageRequest request)
    {
        var query = Query(request.Context, ListArguments.Of(request));
        var total = await query.CountAsync(request.Context.CancellationToken);
        var entries = await query.Skip(request.Skip).Take(request.PerPage).ToListAsync(request.Context.CancellationToken);
        return new PageSlice(entries, total);
    }

    /// <summary>Entries with their media and owner, which most of their fields read, loaded once per owner.</summary>
    public static IQueryable<MediaListEntry> Entries(AnibaseDbContext db) =>
        db.MediaListEntries.AsNoTrackingWithIdentityResolution().Include(e => e.Media).Include(e => e.User);

    private static IQueryable<MediaListEntry> Query(IResolveFieldContext context, ListArguments arguments)
    {
        var db = context.Db();
        var entries = MediaListFilter.Apply(Entries(db), arguments, db, UserResolvers.ViewerId(context.User));
        return MediaListSorts.Apply(entries, arguments.Strings("sort") ?? [], db);
    }
}
