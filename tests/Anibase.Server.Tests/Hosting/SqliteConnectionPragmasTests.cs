using Anibase.Data;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.Hosting;

/// <summary>
/// Concurrent writers wait inside SQLite for the lock rather than in Microsoft.Data.Sqlite's
/// 150 ms sleeps, and pooled connections keep small page caches: every connection the app opens
/// carries both settings.
/// </summary>
public sealed class SqliteConnectionPragmasTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task EveryConnection_HasSqlitesOwnBusyTimeoutAndASmallCache()
    {
        var settings = await app.Data.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AnibaseDbContext>();
            var seen = new List<(long BusyTimeout, long CacheSize)>();
            for (var i = 0; i < 2; i++)
            {
                await db.Database.OpenConnectionAsync();
                seen.Add((await PragmaAsync(db, "busy_timeout"), await PragmaAsync(db, "cache_size")));
                await db.Database.CloseConnectionAsync();
            }

            return seen;
        });

        Assert.All(settings, s =>
        {
            Assert.Equal(30_000, s.BusyTimeout);
            Assert.Equal(-512, s.CacheSize);
        });
    }

    private static async Task<long> PragmaAsync(AnibaseDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task ConcurrentCodeRedemptions_AllSucceed()
    {
        var minted = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.MintCodeAsync()));

        var responses = await Task.WhenAll(minted.Select(m =>
            TokenRequests.FormAsync(app.CreateClient(), TokenRequests.CodeGrant(m.Client.ClientId, m.Client.ClientSecret, m.Code))));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
    }
}
