using System.Globalization;
using System.Security.Claims;
using Anibase.Data.Accounts;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Utilities;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anibase.Server.GraphQL.Users;

/// <summary>
/// <c>Viewer</c>, <c>User</c> and the fields of AniList's <c>User</c> type, whose source is the
/// <see cref="AnibaseUser"/> entity.
/// </summary>
internal static class UserResolvers
{
    public static void Register(SchemaBuilder builder)
    {
        builder.Types.For("Query").FieldFor("Viewer").Resolver = new FuncFieldResolver<AnibaseUser?>(async context =>
        {
            var viewerId = ViewerId(context.User) ?? throw AniListError.Unauthorized();
            return await context.Db().Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == viewerId, context.CancellationToken)
                ?? throw AniListError.Unauthorized();
        });
        builder.Types.For("Query").FieldFor("User").Resolver = new FuncFieldResolver<AnibaseUser?>(async context =>
            await UserQueries.Filter(context.Db().Users.AsNoTracking(), context.GetArgument<int?>("id"),
                    context.GetArgument<string?>("name"), context.GetArgument<string?>("search"),
                    context.GetArgument<List<string>?>("sort"))
                .FirstOrDefaultAsync(context.CancellationToken)
            ?? throw AniListError.NotFound());

        var user = builder.Types.For("User");
        user.FieldFor("name").Resolver = new FuncFieldResolver<AnibaseUser, string>(c => c.Source.UserName!);
        user.FieldFor("about").Resolver = new FuncFieldResolver<AnibaseUser, string?>(c => c.Source.About);
        user.FieldFor("avatar").Resolver = new FuncFieldResolver<AnibaseUser, object>(_ => new Dictionary<string, object?>());
        user.FieldFor("siteUrl").Resolver = new FuncFieldResolver<AnibaseUser, string>(c =>
            SiteUrls.For(c, "user/" + Uri.EscapeDataString(c.Source.UserName!)));
        user.FieldFor("createdAt").Resolver = new FuncFieldResolver<AnibaseUser, int>(c => (int)c.Source.CreatedAt.ToUnixTimeSeconds());
        user.FieldFor("updatedAt").Resolver = new FuncFieldResolver<AnibaseUser, int>(c =>
            (int)(c.Source.UpdatedAt == default ? c.Source.CreatedAt : c.Source.UpdatedAt).ToUnixTimeSeconds());
        // A user's site options are theirs alone; their list options are public, as list pages need them.
        user.FieldFor("options").Resolver = new FuncFieldResolver<AnibaseUser, UserOptionsModel?>(c =>
            ViewerId(c.User) == c.Source.Id ? UserOptionsModel.From(c.Source) : null);
        user.FieldFor("mediaListOptions").Resolver = new FuncFieldResolver<AnibaseUser, MediaListOptionsModel>(c =>
            MediaListOptionsModel.From(c.Source));
        user.FieldFor("unreadNotificationCount").Resolver = new FuncFieldResolver<AnibaseUser, int?>(c =>
            ViewerId(c.User) == c.Source.Id ? 0 : null);
    }

    public static int? ViewerId(ClaimsPrincipal? user) =>
        int.TryParse(user?.FindFirst(Claims.Subject)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
