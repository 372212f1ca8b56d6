using Anibase.Client;

namespace Anibase.Samples.WebApp.AniList;

/// <summary>The <c>AniList</c> configuration section: which server to log in with, and as which client.</summary>
public sealed class AniListOptions
{
    public const string Section = "AniList";

    /// <summary>The site that hosts the authorize and token endpoints: anilist.co or an Anibase server.</summary>
    public Uri SiteUrl { get; set; } = AniListEndpoints.AniList.SiteUrl;

    /// <summary>The GraphQL endpoint (<c>graphql.anilist.co</c> is path <c>/</c>; Anibase also serves <c>/graphql</c>).</summary>
    public Uri GraphQLUrl { get; set; } = AniListEndpoints.AniList.GraphQLUrl;

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    public AniListEndpoints Endpoints => new(SiteUrl, GraphQLUrl);

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
        return problems;
    }

    private static void AddIfNotAbsolute(List<string> problems, Uri? value, string variable)
    {
        if (value is null || !value.IsAbsoluteUri || (value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"{variable} must be an absolute http or https URL.");
        }
    }
}
