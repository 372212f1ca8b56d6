using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.GraphQL;

/// <summary>
/// AniList's rate limit, at 3 requests a minute so that the tests stay short: headers on every
/// answer, 429 past the limit, a budget per valid token and per client address, and no way
/// around it with made-up tokens.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.App app) : IClassFixture<RateLimitTests.App>
{
    private const string AnyQuery = "{ __typename }";
    private static int lastAddress;

    /// <summary>A limit of 3; the client address comes from a test header, so each test has its own.</summary>
    public sealed class App : AnibaseApp
    {
        public const string AddressHeader = "X-Test-Client-Address";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Anibase:RateLimit:PermitLimit", "3");
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, AddressFromHeader>());
        }

        private sealed class AddressFromHeader : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => pipeline =>
            {
                pipeline.Use((http, rest) =>
                {
                    if (http.Request.Headers.TryGetValue(AddressHeader, out var address))
                    {
                        http.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                    }

                    return rest(http);
                });
                next(pipeline);
            };
        }
    }

    [Fact]
    public async Task EveryAnswer_CountsDown_ThenIs429()
    {
        var address = NewAddress();

        for (var remaining = 2; remaining >= 0; remaining--)
        {
            var response = await PostAsync(AnyQuery, address);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertBudget(response, remaining);
        }

        var refused = await PostAsync(AnyQuery, address);
        await AssertRefusedAsync(refused, windowStart: app.Time.GetUtcNow());
    }

    [Fact]
    public async Task WindowOver_BudgetIsBack()
    {
        var address = NewAddress();
        await SpendAsync(address);

        app.Time.Advance(TimeSpan.FromMinutes(1));
        var response = await PostAsync(AnyQuery, address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertBudget(response, remaining: 2);
    }

    [Fact]
    public async Task RetryAfter_CountsFromTheWindowsFirstRequest()
    {
        var address = NewAddress();
        var windowStart = app.Time.GetUtcNow();
        await PostAsync(AnyQuery, address);
        app.Time.Advance(TimeSpan.FromSeconds(45.5));
        await PostAsync(AnyQuery, address);
        await PostAsync(AnyQuery, address);

        var refused = await PostAsync(AnyQuery, address);

        await AssertRefusedAsync(refused, windowStart);
        Assert.Equal(TimeSpan.FromSeconds(15), refused.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task Tokens_HaveBudgetsOfTheirOwn()
    {
        var address = NewAddress();
        var first = await app.IssueTokenAsync();
        var second = await app.IssueTokenAsync();
        await SpendAsync(address, first.AccessToken);

        var firstAgain = await PostAsync(GraphQLCalls.ViewerQuery, address, first.AccessToken);
        var secondsFirst = await PostAsync(GraphQLCalls.ViewerQuery, address, second.AccessToken);
        var anonymous = await PostAsync(AnyQuery, address);

        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondsFirst.StatusCode);
        AssertBudget(secondsFirst, remaining: 2);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        AssertBudget(anonymous, remaining: 2);
    }

    [Fact]
    public async Task OneToken_FromSeveralAddresses_HasOneBudget()
    {
        var (_, _, token) = await app.IssueTokenAsync();

        await PostAsync(GraphQLCalls.ViewerQuery, NewAddress(), token);
        await PostAsync(GraphQLCalls.ViewerQuery, NewAddress(), token);
        await PostAsync(GraphQLCalls.ViewerQuery, NewAddress(), token);
        var refused = await PostAsync(GraphQLCalls.ViewerQuery, NewAddress(), token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Addresses_HaveBudgetsOfTheirOwn()
    {
        var spent = NewAddress();
        await SpendAsync(spent);

        var other = await PostAsync(AnyQuery, NewAddress());

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(AnyQuery, spent)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        AssertBudget(other, remaining: 2);
    }

    [Fact]
    public async Task AddressesInOneIPv6Slash64_ShareABudget()
    {
        await SpendAsync("2001:db8:aaaa:1::1");

        var sameNetwork = await PostAsync(AnyQuery, "2001:db8:aaaa:1:ffff::2");
        var otherNetwork = await PostAsync(AnyQuery, "2001:db8:aaaa:2::1");

        Assert.Equal(HttpStatusCode.TooManyRequests, sameNetwork.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherNetwork.StatusCode);
    }

    [Fact]
    public async Task BadTokens_CountAgainstTheAddress_AndCarryTheHeaders()
    {
        var address = NewAddress();

        for (var remaining = 2; remaining >= 0; remaining--)
        {
            var response = await PostAsync(AnyQuery, address, token: $"made-up-{remaining}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            AssertBudget(response, remaining);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(AnyQuery, address, token: "made-up-again")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await PostAsync(AnyQuery, address)).StatusCode);
    }

    [Fact]
    public async Task Unauthorized_CarriesTheHeaders()
    {
        var response = await PostAsync(GraphQLCalls.ViewerQuery, NewAddress());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertBudget(response, remaining: 2);
    }

    [Fact]
    public async Task BothPaths_ShareOneBudget()
    {
        var address = NewAddress();

        await PostAsync(AnyQuery, address, path: "/");
        var response = await PostAsync(AnyQuery, address, path: "/graphql");

        AssertBudget(response, remaining: 1);
    }

    [Fact]
    public async Task Preflight_DoesNotCount()
    {
        var address = NewAddress();

        for (var i = 0; i < 5; i++)
        {
            var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            preflight.Headers.Add("Origin", "https://app.example");
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add(App.AddressHeader, address);
            Assert.Equal(HttpStatusCode.NoContent, (await app.CreateClient().SendAsync(preflight)).StatusCode);
        }

        AssertBudget(await PostAsync(AnyQuery, address), remaining: 2);
    }

    private static string NewAddress() => $"203.0.113.{Interlocked.Increment(ref lastAddress)}";

    private async Task SpendAsync(string address, string? token = null)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await PostAsync(AnyQuery, address, token)).StatusCode);
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string address, string? token = null, string path = "/graphql")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(new { query }) };
        request.Headers.Add(App.AddressHeader, address);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await app.CreateClient().SendAsync(request);
    }

    private static void AssertBudget(HttpResponseMessage response, int remaining)
    {
        Assert.Equal("3", Assert.Single(response.Headers.GetValues("X-RateLimit-Limit")));
        Assert.Equal(remaining.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-RateLimit-Remaining")));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, DateTimeOffset windowStart)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        AssertBudget(response, remaining: 0);
        var reset = (windowStart + TimeSpan.FromMinutes(1)).ToUnixTimeMilliseconds();
        Assert.Equal(((reset + 999) / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(response.Headers.GetValues("X-RateLimit-Reset")));
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("Too Many Requests.", error.GetProperty("message").GetString());
        Assert.Equal(429, error.GetProperty("status").GetInt32());
        Assert.Equal(2, error.EnumerateObject().Count());
    }
}
