using System.Text.Json;
using Anibase.Bench.Database;
using Anibase.Bench.Reporting;

namespace Anibase.Bench;

/// <summary>One run: each provider in turn, then results.json, results.md and the chart.</summary>
internal static class BenchRun
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<int> ProfileAsync(BenchOptions options, string scenario, CancellationToken cancellationToken)
    {
        var work = Directory.CreateTempSubdirectory("anibase-bench.").FullName;
        foreach (var provider in options.Providers)
        {
            await using var database = Open(provider, options, work);
            await new ProviderRun(options, database, work).ProfileAsync(scenario, Path.Combine(work, "profiles"), cancellationToken);
        }

        return 0;
    }

    private static BenchDatabase Open(string provider, BenchOptions options, string work) => provider switch
    {
        "sqlite" => new SqliteBenchDatabase(Path.Combine(work, "sqlite-data")),
        "postgresql" => new PostgresBenchDatabase(Path.Combine(work, "postgresql-data"),
            options.PostgresAdmin ?? throw new ArgumentException("PostgreSQL needs --postgres or ANIBASE_TEST_POSTGRES")),
        _ => throw new ArgumentException($"unknown provider {provider}"),
    };

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        if (!File.Exists(options.ServerDll))
        {
            Console.Error.WriteLine($"no server at {options.ServerDll}: dotnet build src/Anibase.Server -c Release");
            return 2;
        }

        var run = new RunResults
        {
            Machine = MachineInfo.Describe(),
            Started = DateTimeOffset.Now,
            Quick = options.Quick,
            DurationSeconds = options.Duration.TotalSeconds,
            WarmUpSeconds = options.WarmUp.TotalSeconds,
            CodesPerLevel = options.CodesPerLevel,
        };
        var work = Directory.CreateTempSubdirectory("anibase-bench.").FullName;
        Console.WriteLine($"Anibase benchmark{(options.Quick ? " (quick)" : "")}: {run.Machine.Cpu}, {run.Machine.Cores} cores; logs in {work}");

        foreach (var provider in options.Providers)
        {
            await using var database = Open(provider, options, work);
            run.Providers.Add(await new ProviderRun(options, database, work).RunAsync(cancellationToken));
        }

        run.Finished = DateTimeOffset.Now;
        run.Machine.LoadAverageAtEnd = MachineInfo.LoadAverage();

        Directory.CreateDirectory(options.OutputDirectory);
        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "results.json"), JsonSerializer.Serialize(run, Json), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "results.md"), MarkdownReport.Write(run), cancellationToken);
        await Chart.WriteAsync(run, options.ChartPath, work, cancellationToken);
        Console.WriteLine($"wrote {options.OutputDirectory}/results.json, results.md and {options.ChartPath}");
        return 0;
    }
}
