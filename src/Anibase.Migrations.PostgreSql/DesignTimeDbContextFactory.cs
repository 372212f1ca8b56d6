using Anibase.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anibase.Migrations.PostgreSql;

/// <summary>Lets `dotnet ef` build the model for this provider; the connection is never opened.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AnibaseDbContext>
{
    public AnibaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AnibaseDbContext>()
            .UseNpgsql("Host=localhost;Database=design_time", o => o.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name))
            .UseOpenIddict()
            .Options);
}
