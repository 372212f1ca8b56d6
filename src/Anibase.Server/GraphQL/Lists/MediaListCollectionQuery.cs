using Anibase.Data;
using Anibase.Data.Accounts;
using Anibase.Data.Lists;
using Anibase.Server.GraphQL.Users;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Utilities;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.GraphQL.Lists;

/// <summary>
/// <c>Query.MediaListCollection</c>: a user's whole list (or one chunk of it), grouped into
/// sections. The user is named by <c>userId</c> or <c>userName</c>, never inferred from the token.
/// </summary>
internal static class MediaListCollectionQuery
{
    /// <summary>AniList's cap on <c>perChunk</c>, and the chunk size when only <c>chunk</c> is given.</summary>
    public const int MaxPerChunk = 500;

    public static void Register(SchemaBuilder builder) =>
        builder.Types.For("Query").FieldFor("MediaListCollection").Resolver = new FuncFieldResolver<MediaListCollectionModel>(ResolveAsync);

    private static async ValueTask<MediaListCollectionModel?> ResolveAsync(IResolveFieldContext context)
    {
        var arguments = ListArguments.Of(context);
        var db = context.Db();
        var owner = await FindOwnerAsync(db, arguments, context.CancellationToken);

        var entries = db.MediaListEntries.AsNoTrackingWithIdentityResolution().Include(e => e.Media).Where(e => e.UserId == owner.Id);
        entries = MediaListFilter.Apply(entries, arguments, db, UserResolvers.ViewerId(context.User));
        entries = MediaListSorts.Apply(entries, arguments.Strings("sort") ?? MediaListSorts.ForRowOrder(owner.RowOrder), db);

        var hasNextChunk = false;
        List<MediaListEntry> loaded;
        if (arguments.Int("chunk") is not null || arguments.Int("perChunk") is not null)
        {
            var perChunk = Math.Clamp(arguments.Int("perChunk") ?? MaxPerChunk, 1, MaxPerChunk);
            var chunk = Math.Clamp(arguments.Int("chunk") ?? 1, 1, int.MaxValue / MaxPerChunk);
            loaded = await entries.Skip((chunk - 1) * perChunk).Take(perChunk + 1).ToListAsync(context.CancellationToken);
            hasNextChunk = loaded.Count > perChunk;
            loaded = loaded[..Math.Min(loaded.Count, perChunk)];
        }
        else
        {
            loaded = await entries.ToListAsync(context.CancellationToken);
        }

        loaded.ForEach(e => e.User = owner);
        var split = owner.AnimeSplitCompletedSectionByFormat && arguments.Bool("forceSingleCompletedList") != true;
        return new MediaListCollectionModel(MediaListGroups.Build(loaded, owner, arguments.String("type"), split), owner, hasNextChunk);
    }

    private static async Task<AnibaseUser> FindOwnerAsync(AnibaseDbContext db, ListArguments arguments, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (arguments.Int("userId") is { } userId)
        {
            users = users.Where(u => u.Id == userId);
        }
        else if (arguments.String("userName") is { } userName && !string.IsNullOrWhiteSpace(userName))
        {
            var normalized = userName.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName == normalized);
        }
        else
        {
            // AniList's Laravel rules: each is required without the other.
            throw new ValidationErrors()
                .Add("userId", ValidationErrors.RequiredWithout("userId", "userName"))
                .Add("userName", ValidationErrors.RequiredWithout("userName", "userId"))
                .ToError()!;
        }

        return await users.FirstOrDefaultAsync(cancellationToken) ?? throw AniListError.NotFound();
    }
}
