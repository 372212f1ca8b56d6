using System.Data.Common;
using Anibase.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Anibase.Server.Catalog;

/// <summary>
/// Fills an empty catalog from the bundled bangumi-data on first start. It runs in
/// <see cref="IHostedLifecycleService.StartingAsync"/> after the database migrator (registered
/// earlier; lifecycle services start in order), so the table exists and no request ever sees an
/// empty catalog. A catalog with any row is left alone: <c>catalog import</c> updates it.
/// </summary>
internal sealed class CatalogSeeder(IServiceScopeFactory scopes, IOptions<CatalogOptions> options, ILogger<CatalogSeeder> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.ImportOnStart || await HasMediaAsync(cancellationToken))
        {
            return;
        }

        var file = await BundledCatalog.ReadAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<CatalogImporter>().ImportAsync(file, BundledCatalog.Name, cancellationToken);
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            // Servers sharing a new database start together: the one whose rows collide lets the other's stand.
            if (!await HasMediaAsync(cancellationToken))
            {
                throw;
            }

            CatalogLog.FilledByAnotherServer(logger);
        }
    }

    private async Task<bool> HasMediaAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AnibaseDbContext>().Media.AnyAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
