using Anibase.Server.GraphQL.Paging;

namespace Anibase.Server.GraphQL.Catalog;

/// <summary><c>Query.Media</c> and <c>Page.media</c>: the catalog with AniList's filters and sorts.</summary>
internal static class MediaQueries
{
    public static Task<PageSlice> PageAsync(PageRequest request) => Task.FromResult(new PageSlice([], 0));
}
