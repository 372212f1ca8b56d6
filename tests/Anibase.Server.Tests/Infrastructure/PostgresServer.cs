using System.Diagnostics;
using Npgsql;

namespace Anibase.Server.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for the tests. The test command starts one and names it in
/// <c>ANIBASE_TEST_POSTGRES</c>; when that is unset (a plain <c>dotnet test</c>), the tests start one
/// themselves with the same script, once per run. Each app gets a fresh database on it.
/// </summary>
public static class PostgresServer
{
    private const string Variable = "ANIBASE_TEST_POSTGRES";
    private static readonly Lazy<string> ServerConnectionString = new(StartOrFind);

    public static string CreateDatabase()
    {
        var name = "anibase_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(ServerConnectionString.Value))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString.Value) { Database = name }.ToString();
    }

    private static string StartOrFind()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var script = Path.Combine(RepositoryRoot(), "scripts", "postgres-test-server.sh");
        var exports = Run(script, "start");
        var values = exports.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Replace("export ", "", StringComparison.Ordinal).Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1].Trim('\'', '"'), StringComparer.Ordinal);
        if (!values.TryGetValue(Variable, out var connectionString))
        {
            throw new InvalidOperationException($"{script} start did not print {Variable}: {exports}");
        }

        var dataDirectory = values.GetValueOrDefault("ANIBASE_TEST_PGDATA");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Run(script, "stop", dataDirectory ?? "");
        return connectionString;
    }

    private static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{script} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}");
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Anibase.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Anibase.slnx) was not found.");
    }
}
