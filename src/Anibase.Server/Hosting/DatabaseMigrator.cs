using Anibase.Data;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.Hosting;

/// <summary>
/// Brings the schema up to date before the server takes requests. Runs in
/// <see cref="IHostedLifecycleService.StartingAsync"/>, which completes before Kestrel starts
/// listening, so no request ever sees an old schema.
/// </summary>
internal sealed class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => MigrateAsync(scopes, logger, cancellationToken);

    public static async Task MigrateAsync(IServiceScopeFactory scopes, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AnibaseDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            HostingLog.ApplyingMigrations(logger, pending.Count, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while a writer commits; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
