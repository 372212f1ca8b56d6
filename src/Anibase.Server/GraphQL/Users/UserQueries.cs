using Anibase.Data.Accounts;
using Anibase.Server.GraphQL.Paging;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.GraphQL.Users;

/// <summary><c>User</c> and <c>Page.users</c>: users by id, name or search, in AniList's sorts.</summary>
internal static class UserQueries
{
    public static async Task<PageSlice> PageAsync(PageRequest request)
    {
        var db = request.Context.Db();
        var query = Filter(db.Users.AsNoTracking(), request.Get<int?>("id"), request.Get<string>("name"),
            request.Get<string>("search"), request.Get<List<string>>("sort"));
        var total = await query.CountAsync(request.Context.CancellationToken);
        var users = await query.Skip(request.Skip).Take(request.PerPage).ToListAsync(request.Context.CancellationToken);
        return new PageSlice([.. users], total);
    }

    public static IQueryable<AnibaseUser> Filter(IQueryable<AnibaseUser> users, int? id, string? name, string? search, List<string>? sort)
    {
        if (id is { } userId)
        {
            users = users.Where(u => u.Id == userId);
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            var normalized = name.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName == normalized);
        }

        var term = search?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(term))
        {
            users = users.Where(u => u.NormalizedUserName!.Contains(term));
        }

        var order = sort?.FirstOrDefault() ?? (string.IsNullOrEmpty(term) ? "ID" : "SEARCH_MATCH");
        return order switch
        {
            "ID_DESC" => users.OrderByDescending(u => u.Id),
            "USERNAME" => users.OrderBy(u => u.NormalizedUserName),
            "USERNAME_DESC" => users.OrderByDescending(u => u.NormalizedUserName),
            "SEARCH_MATCH" when !string.IsNullOrEmpty(term) =>
                users.OrderBy(u => u.NormalizedUserName == term ? 0 : u.NormalizedUserName!.StartsWith(term) ? 1 : 2).ThenBy(u => u.Id),
            _ => users.OrderBy(u => u.Id),
        };
    }
}
