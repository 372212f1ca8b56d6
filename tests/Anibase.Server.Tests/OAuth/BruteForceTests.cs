using System.Net;
using System.Text.Json;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Anibase.Server.Tests.OAuth;

/// <summary>
/// Brute-force limits, each with a limit of 3 a minute on its own server: password logins per
/// address, token requests per address and per client. Past a limit the answer is 429 with
/// Retry-After and a message that says what to do; when the window ends, requests go through again.
/// </summary>
public static class BruteForceTests
{
    public sealed class LoginApp() : AnibaseApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Anibase:BruteForce:LoginAttemptsPerAddress", "3");
        }
    }

    public sealed class TokenAddressApp() : AnibaseApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Anibase:BruteForce:TokenRequestsPerAddress", "3");
        }
    }

    public sealed class TokenClientApp() : AnibaseApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Anibase:BruteForce:TokenRequestsPerClient", "3");
        }
    }

    public sealed class Logins(LoginApp app) : IClassFixture<LoginApp>
    {
        [Fact]
        public async Task FourthLoginInAMinuteFromOneAddress_RefusedEvenWithTheRightPassword_UntilTheWindowEnds()
        {
            var victims = new[] { await app.Data.CreateUserAsync(), await app.Data.CreateUserAsync(), await app.Data.CreateUserAsync() };
            var browser = new OAuthBrowser(app.CreateBrowser());
            foreach (var victim in victims)
            {
                // One guess at each of several accounts: the per-account lockout never triggers.
                var guess = await browser.LogInAsync(victim with { Password = "wrong password" });
                Assert.Equal(HttpStatusCode.OK, guess.StatusCode);
            }

            var refused = await browser.LogInAsync(victims[0]);

            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("60", refused.Headers.RetryAfter!.ToString());
            Assert.Contains("Too many login attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            app.Time.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(HttpStatusCode.Redirect, (await browser.LogInAsync(victims[0])).StatusCode);
        }
    }

    public sealed class TokenRequestsPerAddress(TokenAddressApp app) : IClassFixture<TokenAddressApp>
    {
        [Fact]
        public async Task FourthTokenRequestInAMinuteFromOneAddress_Answered429WithRetryAfter()
        {
            var client = await app.Data.CreateClientAsync();
            for (var i = 0; i < 3; i++)
            {
                var guess = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, "guess" + i));
                Assert.Equal(HttpStatusCode.BadRequest, guess.StatusCode);
            }

            var refused = await TokenRequests.JsonAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, "guess"));

            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("60", refused.Headers.RetryAfter!.ToString());
            var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("temporarily_unavailable", body.GetProperty("error").GetString());
            Assert.Equal("Too many token requests from this address. Try again in 60 seconds.", body.GetProperty("message").GetString());
            app.Time.Advance(TimeSpan.FromMinutes(1));
            Assert.Equal(HttpStatusCode.BadRequest,
                (await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, "guess"))).StatusCode);
        }
    }

    public sealed class TokenRequestsPerClient(TokenClientApp app) : IClassFixture<TokenClientApp>
    {
        [Fact]
        public async Task FourthTokenRequestInAMinuteForOneClient_Refused_OtherClientsUnaffected()
        {
            var target = await app.Data.CreateClientAsync();
            var bystander = await app.Data.CreateClientAsync();
            for (var i = 0; i < 3; i++)
            {
                await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(target.ClientId, "wrong secret " + i, "code"));
            }

            var refused = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(target.ClientId, target.ClientSecret, "code"));
            var other = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(bystander.ClientId, bystander.ClientSecret, "code"));

            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Contains("from this client", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        }
    }
}
