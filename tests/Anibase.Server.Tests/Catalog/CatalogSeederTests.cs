using Anibase.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.Catalog;

public sealed class CatalogSeederTests
{
    [Fact]
    public async Task FirstStart_ImportOnStartOff_LeavesTheCatalogEmpty()
    {
        await using var app = new EmptyCatalogApp();

        var count = await app.Data.WithScopeAsync(services => services.GetRequiredService<AnibaseDbContext>().Media.CountAsync());

        Assert.Equal(0, count);
    }
}
