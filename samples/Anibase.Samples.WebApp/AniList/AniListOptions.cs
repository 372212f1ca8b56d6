namespace Anibase.Samples.WebApp.AniList;

/// <summary>The <c>AniList</c> configuration section: which server to log in with, and as which client.</summary>
public sealed class AniListOptions
{
    public const string Section = "AniList";

    /// <summary>The site that hosts the authorize and token endpoints: anilist.co or an Anibase server.</summary>
    public Uri SiteUrl { get; set; } = new("https://anilist.co");

    /// <summary>The GraphQL endpoint (<c>graphql.anilist.co</c> is path <c>/</c>; Anibase also serves <c>/graphql</c>).</summary>
    public Uri GraphQLUrl { get; set; } = new("https://graphql.anilist.co");

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Must be exactly a redirect URL registered for the client, and reach this app's <c>/callback</c>.</summary>
    public Uri RedirectUri { get; set; } = new("http://localhost:5090/callback");

    public Uri AuthorizeUrl => SitePath("/api/v2/oauth/authorize");

    public Uri TokenUrl => SitePath("/api/v2/oauth/token");

    /// <summary>What stops the app from logging anyone in, each naming the environment variable that fixes it.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(ClientId))
        {
            problems.Add("AniList__ClientId is not set (the client's ID from the developer settings page).");
        }

        if (string.IsNullOrWhiteSpace(ClientSecret))
        {
            problems.Add("AniList__ClientSecret is not set (the client's secret from the developer settings page).");
        }

        AddIfNotAbsolute(problems, SiteUrl, "AniList__SiteUrl");
        AddIfNotAbsolute(problems, GraphQLUrl, "AniList__GraphQLUrl");
        AddIfNotAbsolute(problems, RedirectUri, "AniList__RedirectUri");
        return problems;
    }

    // Appended as text rather than resolved as a relative URI, so a site under a path keeps it.
    private Uri SitePath(string path) => new(SiteUrl.OriginalString.TrimEnd('/') + path);

    private static void AddIfNotAbsolute(List<string> problems, Uri? value, string variable)
    {
        if (value is null || !value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"{variable} must be an absolute http or https URL.");
        }
    }
}
