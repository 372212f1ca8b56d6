using System.Data.Common;
using Npgsql;

namespace Anibase.Bench.Database;

/// <summary>A database of its own on a PostgreSQL server where the harness may create databases.</summary>
internal sealed class PostgresBenchDatabase : BenchDatabase
{
    private readonly string admin;
    private readonly string name = $"anibase_bench_{Environment.ProcessId}";

    public PostgresBenchDatabase(string dataDirectory, string adminConnectionString)
        : base(dataDirectory)
    {
        admin = adminConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ToString();
    }

    public string ConnectionString { get; }

    public override string Provider => "postgresql";

    public override IReadOnlyDictionary<string, string> ServerEnvironment => new Dictionary<string, string>
    {
        ["Anibase__DataDirectory"] = DataDirectory,
        ["Anibase__Database__Provider"] = "PostgreSql",
        ["Anibase__Database__ConnectionString"] = ConnectionString,
    };

    protected override string SeriesCte => "";

    protected override string SeriesFrom => "generate_series(@from, @to) AS s(n)";

    protected override string GuidOf(string kind) =>
        $"lpad(to_hex((s.n::bigint * 2654435761) % 4294967296), 8, '0') || '-{kind}-4000-8000-' || lpad(s.n::text, 12, '0')";

    public override async Task ResetAsync(CancellationToken cancellationToken)
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
        await AdminAsync($"CREATE DATABASE \"{name}\"", cancellationToken);
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        Directory.CreateDirectory(DataDirectory);
    }

    protected override DbConnection Connect() => new NpgsqlConnection(ConnectionString);

    protected override async Task AnalyzeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        command.CommandText = "VACUUM ANALYZE";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private async Task AdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
