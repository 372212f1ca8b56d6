using System.Data.Common;
using System.Diagnostics;

namespace Anibase.Bench.Database;

/// <summary>
/// One fresh database for one provider's run, and the bulk SQL that grows it: users, and for each
/// of them an authorization and an access token, cloned from rows the server itself wrote (so
/// every column, the password hash included, is real; the password of every seeded user is the
/// template user's).
/// </summary>
internal abstract class BenchDatabase : IAsyncDisposable
{
    public const string TemplateUserName = "benchuser";
    public const string Password = "bench-password-1";

    private const int Batch = 100_000;

    private int seeded;

    protected BenchDatabase(string dataDirectory) => DataDirectory = dataDirectory;

    public abstract string Provider { get; }

    /// <summary>Key ring key and, with SQLite, the database file.</summary>
    public string DataDirectory { get; }

    /// <summary>Seeded users are named <c>bench1</c> … <c>benchN</c>.</summary>
    public int SeededUsers => seeded;

    public abstract IReadOnlyDictionary<string, string> ServerEnvironment { get; }

    /// <summary>Drops everything: the next server start migrates and imports the catalog.</summary>
    public abstract Task ResetAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    protected abstract DbConnection Connect();

    /// <summary><c>n</c> (the series) in the dialect's series source, with <c>@from</c> and <c>@to</c>.</summary>
    protected abstract string SeriesCte { get; }

    protected abstract string SeriesFrom { get; }

    /// <summary>A GUID-shaped, unique, randomly ordered string for <c>n</c>; <paramref name="kind"/> is 4 hex digits.</summary>
    protected abstract string GuidOf(string kind);

    public async Task<long> CountAsync(string table, CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{table}\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string> PasswordHashAsync(CancellationToken cancellationToken)
    {
        await using var connection = Connect();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"PasswordHash\" FROM \"AspNetUsers\" WHERE \"NormalizedUserName\" = '{TemplateUserName.ToUpperInvariant()}'";
        return (string?)await command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException("no template user");
    }

    /// <summary>Grows the seeded users (each with one authorization and one access token) to <paramref name="total"/>.</summary>
    public async Task<TimeSpan> SeedAsync(int total, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = Connect();
        await connection.OpenAsync(cancellationToken);
        var users = await ColumnsAsync(connection, "AspNetUsers", cancellationToken);
        var authorizations = await ColumnsAsync(connection, "OpenIddictAuthorizations", cancellationToken);
        var tokens = await ColumnsAsync(connection, "OpenIddictTokens", cancellationToken);

        const string SeededUser = "'BENCH' || s.n";
        const string SubjectJoin = $"JOIN \"AspNetUsers\" u ON u.\"NormalizedUserName\" = {SeededUser}";
        for (var from = seeded + 1; from <= total; from += Batch)
        {
            var to = Math.Min(total, from + Batch - 1);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, from, to, Clone("AspNetUsers", users,
                $"WHERE t.\"NormalizedUserName\" = '{TemplateUserName.ToUpperInvariant()}'", "",
                new()
                {
                    ["Id"] = null,
                    ["UserName"] = "'bench' || s.n",
                    ["NormalizedUserName"] = SeededUser,
                    ["Email"] = "'bench' || s.n || '@example.com'",
                    ["NormalizedEmail"] = "'BENCH' || s.n || '@EXAMPLE.COM'",
                    ["SecurityStamp"] = GuidOf("5ec5"),
                    ["ConcurrencyStamp"] = GuidOf("c0c0"),
                }), cancellationToken);
            await ExecuteAsync(connection, transaction, from, to, Clone("OpenIddictAuthorizations", authorizations,
                "WHERE t.\"Subject\" IS NOT NULL ORDER BY t.\"CreationDate\" LIMIT 1", SubjectJoin,
                new()
                {
                    ["Id"] = GuidOf("a000"),
                    ["Subject"] = "CAST(u.\"Id\" AS TEXT)",
                    ["ConcurrencyToken"] = GuidOf("a0c0"),
                }), cancellationToken);
            await ExecuteAsync(connection, transaction, from, to, Clone("OpenIddictTokens", tokens,
                "WHERE t.\"Type\" LIKE '%access_token' ORDER BY t.\"CreationDate\" LIMIT 1", SubjectJoin,
                new()
                {
                    ["Id"] = GuidOf("70e0"),
                    ["AuthorizationId"] = GuidOf("a000"),
                    ["Subject"] = "CAST(u.\"Id\" AS TEXT)",
                    ["ConcurrencyToken"] = GuidOf("70c0"),
                }), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            seeded = to;
        }

        await AnalyzeAsync(connection, cancellationToken);
        return clock.Elapsed;
    }

    /// <summary>Refreshes the planner's statistics after a bulk load, as an operator would.</summary>
    protected abstract Task AnalyzeAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// <c>INSERT INTO table (…) SELECT …</c> one row per <c>n</c>: each column is its override, or the
    /// template row's value; a null override leaves the column to its default (identity ids).
    /// </summary>
    private string Clone(string table, IReadOnlyList<string> columns, string templateWhere, string join, Dictionary<string, string?> overrides)
    {
        var target = columns.Where(c => !overrides.TryGetValue(c, out var value) || value is not null).ToList();
        var values = target.Select(c => overrides.TryGetValue(c, out var value) ? value! : $"t.\"{c}\"");
        return $"""
            INSERT INTO "{table}" ({string.Join(", ", target.Select(c => $"\"{c}\""))})
            {SeriesCte}
            SELECT {string.Join(", ", values)}
            FROM {SeriesFrom}
            CROSS JOIN (SELECT * FROM "{table}" t {templateWhere}) t
            {join}
            """;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, int from, int to, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        command.CommandText = sql;
        AddParameter(command, "@from", from);
        AddParameter(command, "@to", to);
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        if (rows != to - from + 1)
        {
            throw new InvalidOperationException($"seeding wrote {rows} rows instead of {to - from + 1}:\n{sql}");
        }
    }

    private static void AddParameter(DbCommand command, string name, int value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<IReadOnlyList<string>> ColumnsAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" LIMIT 0";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }
}
