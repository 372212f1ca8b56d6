using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anibase.Server.Hosting;

/// <summary>
/// Settings SQLite keeps per connection, applied to each connection the app opens.
/// <list type="bullet">
/// <item>A busy timeout, so that SQLite itself waits for the write lock. Microsoft.Data.Sqlite sets
/// none and answers SQLITE_BUSY by sleeping 150 ms on the request's thread before it retries; with
/// several requests writing at once (code redemption, token rows) most of a code exchange's time
/// went to those sleeps. SQLite's own busy handler retries after 1, 2, 5, 10… ms, so a writer gets
/// the lock soon after the previous one commits. The wait is still bounded by the same timeout.</item>
/// <item>A smaller page cache. Each pooled connection keeps its own (2 MB by default), and under
/// load the pool holds one connection per concurrent request; the operating system's file cache,
/// shared by all of them, serves the pages they miss.</item>
/// </list>
/// </summary>
internal sealed class SqliteConnectionPragmas(TimeSpan busyTimeout, int cacheKiB) : DbConnectionInterceptor
{
    private readonly string pragmas = $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA cache_size = -{cacheKiB};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // Pragmas run in microseconds and never wait for a lock: no need to go async.
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragmas;
        command.ExecuteNonQuery();
    }
}
