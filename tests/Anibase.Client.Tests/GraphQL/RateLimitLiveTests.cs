using Anibase.Client.GraphQL;
using Anibase.Client.Tests.Infrastructure;

namespace Anibase.Client.Tests.GraphQL;

/// <summary>A server that allows two requests a minute.</summary>
public sealed class RateLimitedServer() : LiveServer(permitLimit: 2);

/// <summary>The rate limit of a live server as the client reports it, up to the 429.</summary>
public sealed class RateLimitLiveTests(RateLimitedServer server) : IClassFixture<RateLimitedServer>
{
    [Fact]
    public async Task PastTheLimit_ThrowsRateLimitedWithWhenToComeBack()
    {
        var client = new AniListGraphQLClient(new HttpClient(), new AniListGraphQLOptions { GraphQLUrl = server.Endpoints.GraphQLUrl });
        var request = new AniListRequest("{ GenreCollection }");

        var first = await client.SendAsync<System.Text.Json.JsonElement>(request);
        var second = await client.SendAsync<System.Text.Json.JsonElement>(request);
        var error = await Assert.ThrowsAsync<AniListRateLimitException>(() => client.SendAsync<System.Text.Json.JsonElement>(request));

        Assert.Equal((2, 1), (first.RateLimit.Limit, first.RateLimit.Remaining));
        Assert.Equal((2, 0), (second.RateLimit.Limit, second.RateLimit.Remaining));
        Assert.Equal(429, error.StatusCode);
        Assert.Equal("Too Many Requests.", error.Message);
        Assert.InRange(error.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.True(error.ResetAt > DateTimeOffset.UtcNow.AddSeconds(-1), $"Reset at {error.ResetAt}");
    }
}
