namespace Anibase.Client;

/// <summary>
/// Where an AniList-compatible service lives: the site that hosts the OAuth endpoints and the
/// GraphQL API. <see cref="AniList"/> is anilist.co itself; <see cref="ForServer"/> points at an
/// Anibase server, which serves both from one address.
/// </summary>
/// <param name="SiteUrl">The site with the OAuth endpoints, e.g. <c>https://anilist.co</c>.</param>
/// <param name="GraphQLUrl">The GraphQL endpoint, e.g. <c>https://graphql.anilist.co</c>.</param>
public sealed record AniListEndpoints(Uri SiteUrl, Uri GraphQLUrl)
{
    /// <summary>anilist.co and graphql.anilist.co.</summary>
    public static AniListEndpoints AniList { get; } = new(new Uri("https://anilist.co"), new Uri("https://graphql.anilist.co"));

    /// <summary>The authorization endpoint, where the user approves the app.</summary>
    public Uri AuthorizeUrl => Append(SiteUrl, "/api/v2/oauth/authorize");

    /// <summary>The token endpoint, where an app exchanges a code for an access token.</summary>
    public Uri TokenUrl => Append(SiteUrl, "/api/v2/oauth/token");

    /// <summary>
    /// The PIN page: a client registered with this redirect URL gets a page that shows the code
    /// or token for the user to paste into the app (see <see cref="Logins.PinLogin"/>).
    /// </summary>
    public Uri PinRedirectUrl => Append(SiteUrl, "/api/v2/oauth/pin");

    /// <summary>An Anibase server at <paramref name="serverUrl"/>: its OAuth endpoints, and GraphQL at <c>/graphql</c>.</summary>
    /// <param name="serverUrl">The server's base address, e.g. <c>http://localhost:5080</c>.</param>
    public static AniListEndpoints ForServer(Uri serverUrl)
    {
        ArgumentNullException.ThrowIfNull(serverUrl);
        return new(serverUrl, Append(serverUrl, "/graphql"));
    }

    // Appended as text rather than resolved as a relative URI, so a server under a path keeps it.
    private static Uri Append(Uri baseUrl, string path) => new(baseUrl.AbsoluteUri.TrimEnd('/') + path);
}
