using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Anibase.Server.Hosting;

/// <summary>
/// Lets SQLite itself wait for the write lock. Microsoft.Data.Sqlite sets no busy timeout and
/// answers SQLITE_BUSY by sleeping 150 ms on the request's thread before it retries; with several
/// requests writing at once (code redemption, token rows) most of a code exchange's time went to
/// those sleeps. SQLite's own busy handler retries after 1, 2, 5, 10… ms, so a writer gets the
/// lock soon after the previous one commits. The wait is still bounded by the same timeout.
/// </summary>
internal sealed class SqliteBusyTimeout(TimeSpan timeout) : DbConnectionInterceptor
{
    private readonly string pragma = $"PRAGMA busy_timeout = {(int)timeout.TotalMilliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        // A pragma runs in microseconds and never waits for a lock: no need to go async.
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        command.ExecuteNonQuery();
    }
}
