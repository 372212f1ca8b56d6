using Anibase.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Anibase.Server.Hosting;

internal static class DatabaseRegistration
{
    /// <summary>How long a SQLite writer waits for the lock (the connection's default timeout too).</summary>
    public static readonly TimeSpan SqliteLockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Each SQLite connection's own page cache (SQLite's default is 2,000 KiB).</summary>
    public const int SqliteCacheKiB = 512;

    public static void AddAnibaseDatabase(this WebApplicationBuilder builder, AnibaseOptions options)
    {
        var connectionString = ResolveConnectionString(options);
        var pragmas = new SqliteConnectionPragmas(SqliteLockTimeout, SqliteCacheKiB);
        builder.Services.AddDbContext<AnibaseDbContext>(db =>
        {
            _ = options.Database.Provider switch
            {
                DatabaseProvider.Sqlite => db.UseSqlite(connectionString, sqlite =>
                    sqlite.MigrationsAssembly("Anibase.Migrations.Sqlite")).AddInterceptors(pragmas),
                DatabaseProvider.PostgreSql => db.UseNpgsql(connectionString, npgsql =>
                    npgsql.MigrationsAssembly("Anibase.Migrations.PostgreSql")),
                _ => throw new InvalidOperationException($"Unknown database provider '{options.Database.Provider}'."),
            };
            db.UseOpenIddict();
        });
        builder.Services.AddHostedService<DatabaseMigrator>();
    }

    private static string ResolveConnectionString(AnibaseOptions options)
    {
        if (options.Database.Provider == DatabaseProvider.PostgreSql)
        {
            return options.Database.ConnectionString
                ?? throw new InvalidOperationException(
                    "Anibase:Database:ConnectionString is required when Anibase:Database:Provider is PostgreSql.");
        }

        if (options.Database.ConnectionString is { } configured)
        {
            return configured;
        }

        var directory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(directory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, "anibase.db"),
            // Several requests write at once (code redemption, token rows); wait for the lock
            // rather than fail with SQLITE_BUSY.
            DefaultTimeout = (int)SqliteLockTimeout.TotalSeconds,
            Pooling = true,
        }.ToString();
    }
}
