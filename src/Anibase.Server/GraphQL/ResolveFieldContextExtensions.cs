using Anibase.Data;
using GraphQL;

namespace Anibase.Server.GraphQL;

internal static class ResolveFieldContextExtensions
{
    /// <summary>The request's DbContext; fields run one at a time (serial execution), so resolvers can share it.</summary>
    public static AnibaseDbContext Db(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<AnibaseDbContext>();
}
