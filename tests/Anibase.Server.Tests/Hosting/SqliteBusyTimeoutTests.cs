using Anibase.Data;
using Anibase.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Anibase.Server.Tests.Hosting;

/// <summary>
/// Concurrent writers wait inside SQLite for the lock rather than in Microsoft.Data.Sqlite's
/// 150 ms sleeps: every connection the app opens carries a busy timeout.
/// </summary>
public sealed class SqliteBusyTimeoutTests(AnibaseApp app) : IClassFixture<AnibaseApp>
{
    [Fact]
    public async Task EveryConnection_HasSqlitesOwnBusyTimeout()
    {
        var timeouts = await app.Data.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<AnibaseDbContext>();
            var seen = new List<long>();
            for (var i = 0; i < 2; i++)
            {
                await db.Database.OpenConnectionAsync();
                await using (var command = db.Database.GetDbConnection().CreateCommand())
                {
                    command.CommandText = "PRAGMA busy_timeout;";
                    seen.Add((long)(await command.ExecuteScalarAsync())!);
                }

                await db.Database.CloseConnectionAsync();
            }

            return seen;
        });

        Assert.All(timeouts, t => Assert.Equal(30_000, t));
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
