using Anibase.Client;

namespace Anibase.Samples.Console;

/// <summary>The sample's settings, from the same <c>AniList__…</c> environment variables as the web sample.</summary>
public sealed record ConsoleSettings(AniListEndpoints Endpoints, string ClientId, string ClientSecret, Uri RedirectUri)
{
    public static readonly Uri DefaultRedirectUri = new("http://127.0.0.1:5091/callback");

    /// <summary>Reads the settings, or says which one is missing.</summary>
    public static ConsoleSettings FromEnvironment()
    {
        static string? Read(string name) => Environment.GetEnvironmentVariable("AniList__" + name) is { Length: > 0 } value ? value : null;

        var endpoints = new AniListEndpoints(
            new Uri(Read("SiteUrl") ?? AniListEndpoints.AniList.SiteUrl.ToString()),
            new Uri(Read("GraphQLUrl") ?? AniListEndpoints.AniList.GraphQLUrl.ToString()));
        return new ConsoleSettings(
            endpoints,
            Read("ClientId") ?? throw new InvalidOperationException("Set AniList__ClientId (the client's ID from the developer settings page)."),
            Read("ClientSecret") ?? throw new InvalidOperationException("Set AniList__ClientSecret (the client's secret)."),
            new Uri(Read("RedirectUri") ?? DefaultRedirectUri.ToString()));
    }
}
