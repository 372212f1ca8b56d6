using Anibase.Data.Accounts;
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
/// <c>ToggleFavourite</c>, <c>User.favourites</c>, <c>Favourites.anime</c>/<c>manga</c> and
/// <c>Media.isFavourite</c>. Anibase's catalog holds media only: favourite characters, staff and
/// studios do not exist.
/// </summary>
internal static class FavouriteResolvers
{
    /// <summary>AniList's page size for connections.</summary>
    public const int DefaultPerPage = 25;

    public static void Register(SchemaBuilder builder)
    {
        builder.Types.For("Mutation").FieldFor("ToggleFavourite").Resolver = new FuncFieldResolver<FavouritesModel>(ToggleAsync);
        builder.Types.For("User").FieldFor("favourites").Resolver = new FuncFieldResolver<AnibaseUser, FavouritesModel>(c =>
            new FavouritesModel(c.Source.Id, c.GetArgument<int?>("page")));

        var favourites = builder.Types.For("Favourites");
        favourites.FieldFor("anime").Resolver = new FuncFieldResolver<FavouritesModel, MediaConnectionModel>(c => ConnectionAsync(c, "ANIME"));
        favourites.FieldFor("manga").Resolver = new FuncFieldResolver<FavouritesModel, MediaConnectionModel>(c => ConnectionAsync(c, "MANGA"));

        var media = builder.Types.For("Media");
        // Non-null on AniList: false without a token.
        media.FieldFor("isFavourite").Resolver = new FuncFieldResolver<Media, bool>(async c =>
            UserResolvers.ViewerId(c.User) is { } viewerId
            && await c.Db().Favourites.AnyAsync(f => f.UserId == viewerId && f.MediaId == c.Source.Id, c.CancellationToken));
        media.FieldFor("isFavouriteBlocked").Resolver = new FuncFieldResolver<Media, bool>(_ => false);
    }

    /// <summary>Adds the media to the viewer's favourites (last in their order), or removes it; answers their favourites.</summary>
    private static async ValueTask<FavouritesModel?> ToggleAsync(IResolveFieldContext context)
    {
        var db = context.Db();
        var viewer = await MediaListMutations.ViewerAsync(context, db);
        var arguments = ListArguments.Of(context);
        var errors = new ValidationErrors();
        var toggled = new List<int>();
        foreach (var (argument, type) in ((string Argument, string Type)[])[("animeId", "ANIME"), ("mangaId", "MANGA")])
        {
            if (arguments.Int(argument) is not { } mediaId)
            {
                continue;
            }

            if (await db.Media.AnyAsync(m => m.Id == mediaId && m.Type == type, context.CancellationToken))
            {
                toggled.Add(mediaId);
            }
            else
            {
                errors.Add(argument, ValidationErrors.Invalid(argument));
            }
        }

        foreach (var argument in (string[])["characterId", "staffId", "studioId"])
        {
            if (arguments.Int(argument) is not null)
            {
                errors.Add(argument, ValidationErrors.Invalid(argument));
            }
        }

        errors.ThrowIfAny();
        var now = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var mediaId in toggled)
        {
            if (await db.Favourites.FindAsync([viewer.Id, mediaId], context.CancellationToken) is { } favourite)
            {
                db.Favourites.Remove(favourite);
                continue;
            }

            var last = await db.Favourites.Where(f => f.UserId == viewer.Id).MaxAsync(f => (int?)f.Order, context.CancellationToken) ?? 0;
            db.Favourites.Add(new Favourite { UserId = viewer.Id, MediaId = mediaId, Order = last + 1, CreatedAt = now });
        }

        await db.SaveChangesAsync(context.CancellationToken);
        return new FavouritesModel(viewer.Id, null);
    }

    private static async ValueTask<MediaConnectionModel?> ConnectionAsync(IResolveFieldContext<FavouritesModel> context, string type)
    {
        var page = Math.Clamp(context.GetArgument<int?>("page") ?? context.Source.Page ?? 1, 1, int.MaxValue / PageResolvers.MaxPerPage);
        var perPage = Math.Clamp(context.GetArgument<int?>("perPage") ?? DefaultPerPage, 1, PageResolvers.MaxPerPage);
        var favourites = context.Db().Favourites.AsNoTracking().Where(f => f.UserId == context.Source.UserId && f.Media!.Type == type);
        var total = await favourites.CountAsync(context.CancellationToken);
        var rows = await favourites.OrderBy(f => f.Order).ThenBy(f => f.MediaId)
            .Skip((page - 1) * perPage).Take(perPage)
            .Select(f => new { f.Order, Media = f.Media! })
            .ToListAsync(context.CancellationToken);
        var lastPage = Math.Max(1, (total + perPage - 1) / perPage);
        return new MediaConnectionModel(
            [.. rows.Select(r => new MediaEdgeModel(r.Media, r.Media.Id, r.Order))],
            [.. rows.Select(r => r.Media)],
            new PageInfoModel(total, perPage, page, lastPage, page < lastPage));
    }
}
