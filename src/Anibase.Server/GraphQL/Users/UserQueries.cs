using Anibase.Server.GraphQL.Paging;

namespace Anibase.Server.GraphQL.Users;

/// <summary><c>Page.users</c>: users by id, name or search.</summary>
internal static class UserQueries
{
    public static Task<PageSlice> PageAsync(PageRequest request) => Task.FromResult(new PageSlice([], 0));
}
