using System.Net;
using Anibase.Client.GraphQL;
using Anibase.Client.Tests.Infrastructure;
using static Anibase.Client.Tests.Infrastructure.StubHandler;

namespace Anibase.Client.Tests.GraphQL;

/// <summary>
/// AniList's rate limit as the client meets it: the headers on every answer, a 429 with
/// Retry-After, the optional single retry and the optional throttle. Waits run on a clock that
/// records them instead of taking them.
/// </summary>
public sealed class RateLimitTests
{
    private const string Query = "{ Media(id: 1) { id } }";
    private const string MediaJson = """{"data":{"Media":{"id":1}}}""";
    private const string TooManyJson = """{"data":null,"errors":[{"message":"Too Many Requests.","status":429}]}""";

    private readonly InstantClock clock = new();

    [Fact]
    public async Task EveryAnswer_ReportsLimitAndRemaining()
    {
        var stub = new StubHandler(() => Json(HttpStatusCode.OK, MediaJson, ("X-RateLimit-Limit", "90"), ("X-RateLimit-Remaining", "59")));

        var response = await Client(stub).SendAsync<MediaData>(new AniListRequest(Query));

        Assert.Equal(1, response.Data.Media.Id);
        Assert.Equal(new AniListRateLimit(90, 59, null, null), response.RateLimit);
    }

    [Fact]
    public async Task TooManyRequests_ThrowsWithRetryAfterAndResetTime()
    {
        var reset = clock.GetUtcNow().AddSeconds(30).ToUnixTimeSeconds();
        var stub = new StubHandler(() => TooMany(retryAfter: "30", reset));

        var error = await Assert.ThrowsAsync<AniListRateLimitException>(() => Client(stub).QueryAsync<MediaData>(Query));

        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(reset), error.ResetAt);
        Assert.Equal(0, error.RateLimit.Remaining);
        Assert.Equal("Too Many Requests.", error.Message);
        Assert.Single(stub.Requests);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task TooManyRequestsWithoutAJsonBody_IsStillRateLimited()
    {
        var stub = new StubHandler(() => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("slow down") });

        await Assert.ThrowsAsync<AniListRateLimitException>(() => Client(stub).QueryAsync<MediaData>(Query));
    }

    [Fact]
    public async Task RetryOn429_WaitsRetryAfterAndSendsOnceMore()
    {
        var stub = new StubHandler(() => TooMany(retryAfter: "30"), () => Json(HttpStatusCode.OK, MediaJson));

        var media = await Client(stub, o => o.RetryOnRateLimit = true).QueryAsync<MediaData>(Query, accessToken: "t");

        Assert.Equal(1, media.Media.Id);
        Assert.Equal([TimeSpan.FromSeconds(30)], clock.Waits);
        Assert.Equal(2, stub.Requests.Count);
        Assert.All(stub.Requests, r => Assert.Equal("Bearer t", r.Authorization));
        Assert.Equal(stub.Requests[0].Body, stub.Requests[1].Body);
    }

    [Fact]
    public async Task RetryOn429_WithOnlyAResetTime_WaitsUntilIt()
    {
        var reset = clock.GetUtcNow().AddSeconds(42).ToUnixTimeSeconds();
        var stub = new StubHandler(() => TooMany(retryAfter: null, reset), () => Json(HttpStatusCode.OK, MediaJson));

        await Client(stub, o => o.RetryOnRateLimit = true).QueryAsync<MediaData>(Query);

        Assert.Equal([TimeSpan.FromSeconds(42)], clock.Waits);
    }

    [Fact]
    public async Task RetryOn429_RetriesOnlyOnce()
    {
        var stub = new StubHandler(() => TooMany(retryAfter: "5"), () => TooMany(retryAfter: "60"));

        var error = await Assert.ThrowsAsync<AniListRateLimitException>(() => Client(stub, o => o.RetryOnRateLimit = true).QueryAsync<MediaData>(Query));

        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
        Assert.Equal([TimeSpan.FromSeconds(5)], clock.Waits);
        Assert.Equal(2, stub.Requests.Count);
    }

    [Fact]
    public async Task RetryOn429_WaitLongerThanTheMaximum_ThrowsWithoutWaiting()
    {
        var stub = new StubHandler(() => TooMany(retryAfter: "600"));

        var error = await Assert.ThrowsAsync<AniListRateLimitException>(() => Client(stub, o => o.RetryOnRateLimit = true).QueryAsync<MediaData>(Query));

        Assert.Equal(TimeSpan.FromMinutes(10), error.RetryAfter);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task RetryOn429_CancelledDuringTheWait_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var stub = new StubHandler(() =>
        {
            cancellation.Cancel();
            return TooMany(retryAfter: "30");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Client(stub, o => o.RetryOnRateLimit = true).QueryAsync<MediaData>(Query, cancellationToken: cancellation.Token));
        Assert.Single(stub.Requests);
    }

    [Fact]
    public async Task Throttle_HoldsTheRequestPastTheBudgetUntilTheFirstLeavesTheMinute()
    {
        var stub = new StubHandler([.. Enumerable.Repeat(() => Json(HttpStatusCode.OK, MediaJson), 4)]);
        var client = Client(stub, o => o.Throttle = new AniListThrottle(requestsPerMinute: 3, clock));

        await client.QueryAsync<MediaData>(Query);
        clock.Advance(TimeSpan.FromSeconds(10));
        await client.QueryAsync<MediaData>(Query);
        await client.QueryAsync<MediaData>(Query);
        Assert.Empty(clock.Waits);

        await client.QueryAsync<MediaData>(Query);

        Assert.Equal([TimeSpan.FromSeconds(50)], clock.Waits);
        Assert.Equal(4, stub.Requests.Count);
    }

    [Fact]
    public async Task Throttle_FollowsAServerLimitBelowItsOwn()
    {
        var stub = new StubHandler([.. Enumerable.Repeat(() => Json(HttpStatusCode.OK, MediaJson, ("X-RateLimit-Limit", "2")), 3)]);
        var client = Client(stub, o => o.Throttle = new AniListThrottle(requestsPerMinute: 80, clock));

        await client.QueryAsync<MediaData>(Query);
        await client.QueryAsync<MediaData>(Query);
        Assert.Empty(clock.Waits);
        await client.QueryAsync<MediaData>(Query);

        Assert.Equal([TimeSpan.FromMinutes(1)], clock.Waits);
    }

    private static HttpResponseMessage TooMany(string? retryAfter, long? reset = null)
    {
        var headers = new List<(string, string)> { ("X-RateLimit-Limit", "90"), ("X-RateLimit-Remaining", "0") };
        if (retryAfter is not null)
        {
            headers.Add(("Retry-After", retryAfter));
        }

        if (reset is not null)
        {
            headers.Add(("X-RateLimit-Reset", reset.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Json(HttpStatusCode.TooManyRequests, TooManyJson, [.. headers]);
    }

    private AniListGraphQLClient Client(StubHandler stub, Action<AniListGraphQLOptions>? configure = null)
    {
        var options = new AniListGraphQLOptions { TimeProvider = clock };
        configure?.Invoke(options);
        return new AniListGraphQLClient(stub.CreateClient(), options);
    }

    public sealed record MediaData(Media Media);

    public sealed record Media(int Id);
}
