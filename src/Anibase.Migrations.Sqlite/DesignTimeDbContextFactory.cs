using Anibase.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Anibase.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the model for this provider; the connection is never opened.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AnibaseDbContext>
{
    public AnibaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AnibaseDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name))
            .UseOpenIddict()
            .Options);
}
