using Anibase.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Anibase.Server.Hosting;

/// <summary><c>/healthz</c> is healthy when the database answers.</summary>
internal sealed class DatabaseHealthCheck(AnibaseDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
