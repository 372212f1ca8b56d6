using System.Net;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Anibase.Server.Tests.OAuth;

/// <summary>RFC 6749 §10.9: with <c>Anibase:RequireHttps</c> on, the OAuth endpoints refuse plain http.</summary>
public sealed class RequireHttpsTests(RequireHttpsTests.App app) : IClassFixture<RequireHttpsTests.App>
{
    public sealed class App : AnibaseApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Anibase:RequireHttps", "true");
        }
    }

    [Theory]
    [InlineData("/api/v2/oauth/authorize?client_id=1&redirect_uri=http://127.0.0.1:9/callback&response_type=code")]
    [InlineData("/.well-known/oauth-authorization-server")]
    public async Task PlainHttpGet_IsRefused(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PlainHttpTokenRequest_IsRefused()
    {
        var client = await app.Data.CreateClientAsync();

        var response = await TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, "code"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("HTTPS", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task HttpsTokenRequest_ReachesTheTokenEndpoint()
    {
        var client = await app.Data.CreateClientAsync();
        var https = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var response = await TokenRequests.FormAsync(https, TokenRequests.CodeGrant(client.ClientId, client.ClientSecret, "not-a-code"));

        // Past the transport check: the code itself is what is refused now.
        Assert.Contains("invalid_grant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
