using System.Globalization;
using System.Security.Claims;
using Anibase.Data;
using GraphQL.Resolvers;
using GraphQL.Utilities;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Anibase.Server.GraphQL.Users;

/// <summary><c>Query.Viewer</c>: the user the bearer token belongs to; 401 without a token, as on AniList.</summary>
internal static class UserResolvers
{
    public static void Register(SchemaBuilder builder)
    {
        builder.Types.For("Query").FieldFor("Viewer").Resolver = new FuncFieldResolver<UserModel?>(async context =>
        {
            var viewerId = ViewerId(context.User) ?? throw AniListError.Unauthorized();
            var db = context.RequestServices!.GetRequiredService<AnibaseDbContext>();
            return await db.Users.AsNoTracking()
                .Where(u => u.Id == viewerId)
                .Select(u => new UserModel(u.Id, u.UserName!))
                .SingleOrDefaultAsync(context.CancellationToken)
                ?? throw AniListError.Unauthorized();
        });
    }

    public static int? ViewerId(ClaimsPrincipal? user) =>
        int.TryParse(user?.FindFirst(Claims.Subject)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
