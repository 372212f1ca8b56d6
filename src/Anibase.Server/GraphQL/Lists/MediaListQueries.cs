using Anibase.Server.GraphQL.Paging;

namespace Anibase.Server.GraphQL.Lists;

/// <summary><c>Page.mediaList</c>: list entries matching AniList's MediaList filters.</summary>
internal static class MediaListQueries
{
    public static Task<PageSlice> PageAsync(PageRequest request) => Task.FromResult(new PageSlice([], 0));
}
