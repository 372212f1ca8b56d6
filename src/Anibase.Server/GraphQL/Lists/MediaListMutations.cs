using Anibase.Data;
using Anibase.Data.Accounts;
using Anibase.Data.Lists;
using Anibase.Server.GraphQL.Users;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Utilities;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.GraphQL.Lists;

/// <summary><c>SaveMediaListEntry</c> and <c>DeleteMediaListEntry</c>: the signed-in user changes their own list.</summary>
internal static class MediaListMutations
{
    public static void Register(SchemaBuilder builder)
    {
        var mutation = builder.Types.For("Mutation");
        mutation.FieldFor("SaveMediaListEntry").Resolver = new FuncFieldResolver<MediaListEntry>(SaveAsync);
        mutation.FieldFor("DeleteMediaListEntry").Resolver = new FuncFieldResolver<DeletedModel>(DeleteAsync);
    }

    /// <summary>The error AniList gives for another user's entry.</summary>
    public static AniListError NotYours() => new(StatusCodes.Status403Forbidden, "You are not authorized to modify this MediaList");

    /// <summary>Updates the entry <c>id</c>, else the viewer's entry for <c>mediaId</c>, creating it if need be.</summary>
    private static async ValueTask<MediaListEntry?> SaveAsync(IResolveFieldContext context)
    {
        var db = context.Db();
        var viewer = await ViewerAsync(context, db);
        var arguments = ListArguments.Of(context);
        var errors = MediaListEntryInput.Validate(arguments);
        var now = context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();

        MediaListEntry? entry = null;
        if (arguments.Int("id") is { } id)
        {
            entry = await db.MediaListEntries.Include(e => e.Media).FirstOrDefaultAsync(e => e.Id == id, context.CancellationToken);
            if (entry is null)
            {
                errors.Add("id", ValidationErrors.Invalid("id"));
            }
        }
        else if (arguments.Int("mediaId") is { } mediaId)
        {
            if (await db.Media.FindAsync([mediaId], context.CancellationToken) is not { } media)
            {
                errors.Add("mediaId", ValidationErrors.Invalid("mediaId"));
            }
            else
            {
                entry = await db.MediaListEntries.FirstOrDefaultAsync(e => e.UserId == viewer.Id && e.MediaId == mediaId, context.CancellationToken);
                if (entry is null)
                {
                    entry = new MediaListEntry { UserId = viewer.Id, MediaId = media.Id, CreatedAt = now };
                    db.MediaListEntries.Add(entry);
                }

                entry.Media = media;
            }
        }
        else
        {
            errors.Add("mediaId", ValidationErrors.RequiredWithout("mediaId", "id"));
        }

        errors.ThrowIfAny();
        if (entry!.UserId != viewer.Id)
        {
            throw NotYours();
        }

        MediaListEntryInput.ApplyTo(entry, arguments, viewer);
        entry.UpdatedAt = now;
        await db.SaveChangesAsync(context.CancellationToken);
        entry.User = viewer;
        return entry;
    }

    private static async ValueTask<DeletedModel?> DeleteAsync(IResolveFieldContext context)
    {
        var db = context.Db();
        var viewer = await ViewerAsync(context, db);
        var entry = context.GetArgument<int?>("id") is { } id ? await db.MediaListEntries.FindAsync([id], context.CancellationToken) : null;
        if (entry is null)
        {
            throw AniListError.NotFound();
        }

        if (entry.UserId != viewer.Id)
        {
            throw NotYours();
        }

        db.MediaListEntries.Remove(entry);
        await db.SaveChangesAsync(context.CancellationToken);
        return new DeletedModel(true);
    }

    /// <summary>The signed-in user, tracked for changes; mutations without a token are 401 as on AniList.</summary>
    public static async Task<AnibaseUser> ViewerAsync(IResolveFieldContext context, AnibaseDbContext db) =>
        UserResolvers.ViewerId(context.User) is { } viewerId
            ? await db.Users.FindAsync([viewerId], context.CancellationToken) ?? throw AniListError.Unauthorized()
            : throw AniListError.Unauthorized();

}

/// <summary>AniList's <c>Deleted</c>.</summary>
internal sealed record DeletedModel(bool Deleted);
