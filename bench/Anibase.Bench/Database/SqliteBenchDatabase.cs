using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Anibase.Bench.Database;

/// <summary>The default deployment: a SQLite file in the data directory.</summary>
internal sealed class SqliteBenchDatabase(string dataDirectory) : BenchDatabase(dataDirectory)
{
    public override string Provider => "sqlite";

    public override IReadOnlyDictionary<string, string> ServerEnvironment => new Dictionary<string, string>
    {
        ["Anibase__DataDirectory"] = DataDirectory,
        ["Anibase__Database__Provider"] = "Sqlite",
    };

    private string File => Path.Combine(DataDirectory, "anibase.db");

    protected override string SeriesCte => "WITH RECURSIVE s(n) AS (SELECT @from UNION ALL SELECT n + 1 FROM s WHERE n < @to)";

    protected override string SeriesFrom => "s";

    protected override string GuidOf(string kind) =>
        $"printf('%08x-{kind}-4000-8000-%012d', (s.n * 2654435761) % 4294967296, s.n)";

    public override Task ResetAsync(CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        Directory.CreateDirectory(DataDirectory);
        return Task.CompletedTask;
    }

    protected override DbConnection Connect() =>
        new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = File, DefaultTimeout = 60 }.ToString());

    protected override async Task AnalyzeAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}
