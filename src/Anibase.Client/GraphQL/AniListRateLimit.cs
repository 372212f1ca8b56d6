using System.Globalization;
using System.Net.Http.Headers;

namespace Anibase.Client.GraphQL;

/// <summary>
/// What an answer said about the rate limit: AniList sends <c>X-RateLimit-Limit</c> and
/// <c>X-RateLimit-Remaining</c> on every answer, and <c>Retry-After</c> and <c>X-RateLimit-Reset</c>
/// with a 429. Each is null when the answer did not carry it.
/// </summary>
/// <param name="Limit">Requests allowed per minute (<c>X-RateLimit-Limit</c>).</param>
/// <param name="Remaining">Requests left in this minute (<c>X-RateLimit-Remaining</c>).</param>
/// <param name="RetryAfter">How long to wait before the next request (<c>Retry-After</c>).</param>
/// <param name="ResetAt">When the limit resets (<c>X-RateLimit-Reset</c>, Unix seconds).</param>
public sealed record AniListRateLimit(int? Limit, int? Remaining, TimeSpan? RetryAfter, DateTimeOffset? ResetAt)
{
    internal static AniListRateLimit From(HttpResponseMessage response, TimeProvider time)
    {
        var headers = response.Headers;
        var retryAfter = headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => (TimeSpan?)null,
        };
        var reset = Number(headers, "X-RateLimit-Reset") is { } seconds && seconds < 253_402_300_800 // year 10000
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        return new AniListRateLimit(Count(headers, "X-RateLimit-Limit"), Count(headers, "X-RateLimit-Remaining"), retryAfter, reset);
    }

    private static int? Count(HttpResponseHeaders headers, string name) =>
        Number(headers, name) is <= int.MaxValue and var count ? (int?)count : null;

    private static long? Number(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
}
