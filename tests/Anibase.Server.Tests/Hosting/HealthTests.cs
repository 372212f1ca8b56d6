using System.Net;
using Anibase.Server.Tests.Infrastructure;

namespace Anibase.Server.Tests.Hosting;

public sealed class HealthTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task Healthz_DatabaseReachable_Is200Healthy()
    {
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
