using System.Text.Json;
using System.Text.Json.Serialization;

namespace Anibase.Client.GraphQL;

/// <summary>Where <see cref="AniListGraphQLClient"/> sends its requests, and how it deals with the rate limit.</summary>
public sealed class AniListGraphQLOptions
{
    /// <summary>The GraphQL endpoint; graphql.anilist.co unless set (an Anibase server's is <c>…/graphql</c>, see <see cref="AniListEndpoints.ForServer"/>).</summary>
    public Uri GraphQLUrl { get; set; } = AniListEndpoints.AniList.GraphQLUrl;

    /// <summary>
    /// On HTTP 429, wait as long as <c>Retry-After</c> says and send the request once more (default
    /// off: AniList's wait is usually a minute). A second 429, or a wait longer than
    /// <see cref="MaxRetryWait"/>, throws <see cref="AniListRateLimitException"/>.
    /// </summary>
    public bool RetryOnRateLimit { get; set; }

    /// <summary>The longest wait <see cref="RetryOnRateLimit"/> accepts; 65 seconds unless set (AniList's time-out is a minute).</summary>
    public TimeSpan MaxRetryWait { get; set; } = TimeSpan.FromSeconds(65);

    /// <summary>
    /// Keeps requests below the limit before the server has to refuse them; null (the default) sends
    /// at once. Share one throttle between all clients that use the same token.
    /// </summary>
    public AniListThrottle? Throttle { get; set; }

    /// <summary>
    /// How variables are written and results read: web defaults (camelCase, case-insensitive) and
    /// enums as AniList's upper snake case (<c>MediaListStatus.Current</c> is <c>"CURRENT"</c>).
    /// </summary>
    public JsonSerializerOptions JsonSerializerOptions { get; set; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>The clock for retry waits; <see cref="TimeProvider.System"/> unless set (tests move their own).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
