namespace Anibase.Bench;

/// <summary>The GraphQL documents the scenarios send, as JSON bodies.</summary>
internal static class Queries
{
    public const string Viewer = """{"query":"{ Viewer { id name } }"}""";

    /// <summary>A search with filters and a sort, as a catalog browser sends it (anonymous).</summary>
    public const string Catalog = """
        {"query":"query ($search: String, $page: Int) { Page(page: $page, perPage: 20) { pageInfo { total currentPage hasNextPage } media(search: $search, type: ANIME, format_in: [TV, MOVIE, ONA], startDate_greater: 20000000, sort: [START_DATE_DESC, ID]) { id title { native english } format status startDate { year month day } episodes siteUrl } } }","variables":{"search":"the","page":1}}
        """;
}
