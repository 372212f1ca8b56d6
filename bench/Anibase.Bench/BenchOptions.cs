using System.Globalization;

namespace Anibase.Bench;

/// <summary>What one run measures, and for how long. <c>--quick</c> is for developing the harness.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        usage: Anibase.Bench [--quick] [--providers sqlite,postgresql] [--postgres CONNECTION]
                             [--concurrency 1,4,16,64] [--duration SECONDS] [--large-rows N]
                             [--only exchange,viewer,catalog,login,flow,growth]
                             [--server PATH/Anibase.Server.dll] [--out DIR] [--chart FILE.png]
        PostgreSQL runs need --postgres (or ANIBASE_TEST_POSTGRES): a server where databases may be created.
        """;

    public bool Quick { get; init; }

    public IReadOnlyList<string> Providers { get; init; } = ["sqlite", "postgresql"];

    public string? PostgresAdmin { get; init; } = Environment.GetEnvironmentVariable("ANIBASE_TEST_POSTGRES");

    public IReadOnlyList<int> Concurrency { get; init; } = [1, 4, 16, 64];

    /// <summary>The concurrency of the growth comparison (10 thousand against 1 million rows).</summary>
    public int GrowthConcurrency { get; init; } = 16;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Tiered JIT needs tens of seconds of load on this machine before it settles.</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Fresh codes minted before each code-exchange level.</summary>
    public int CodesPerLevel { get; init; } = 1000;

    public int SmallRows { get; init; } = 10_000;

    public int LargeRows { get; init; } = 1_000_000;

    public int StartupSamples { get; init; } = 3;

    /// <summary>Which scenarios run (while developing: <c>--only exchange,viewer</c>); growth counts as one.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = ["exchange", "viewer", "catalog", "login", "flow", "growth"];

    public string RepositoryRoot { get; init; } = FindRepositoryRoot();

    public string ServerDll { get; init; } = "";

    public string OutputDirectory { get; init; } = "";

    public string ChartPath { get; init; } = "";

    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--quick" => options with
                {
                    Quick = true,
                    Concurrency = [1, 8, 32],
                    Duration = TimeSpan.FromSeconds(3),
                    WarmUp = TimeSpan.FromSeconds(3),
                    CodesPerLevel = 200,
                    LargeRows = 100_000,
                    StartupSamples = 1,
                    GrowthConcurrency = 8,
                },
                "--only" => options with { Scenarios = Next().Split(',', StringSplitOptions.RemoveEmptyEntries) },
                "--providers" => options with { Providers = Next().Split(',', StringSplitOptions.RemoveEmptyEntries) },
                "--postgres" => options with { PostgresAdmin = Next() },
                "--concurrency" => options with { Concurrency = [.. Next().Split(',').Select(Int)] },
                "--growth-concurrency" => options with { GrowthConcurrency = Int(Next()) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Int(Next())) },
                "--warm-up" => options with { WarmUp = TimeSpan.FromSeconds(Int(Next())) },
                "--codes" => options with { CodesPerLevel = Int(Next()) },
                "--large-rows" => options with { LargeRows = Int(Next()) },
                "--server" => options with { ServerDll = Next() },
                "--out" => options with { OutputDirectory = Next() },
                "--chart" => options with { ChartPath = Next() },
                "-h" or "--help" => null,
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
            if (options is null)
            {
                return null;
            }
        }

        var root = options.RepositoryRoot;
        return options with
        {
            ServerDll = Fill(options.ServerDll, Path.Combine(root, "src/Anibase.Server/bin/Release/net10.0/Anibase.Server.dll")),
            OutputDirectory = Fill(options.OutputDirectory, Path.Combine(root, options.Quick ? "bench/results/quick" : "bench/results")),
            ChartPath = Fill(options.ChartPath, Path.Combine(root, options.Quick ? "bench/results/quick/throughput.png" : "docs/benchmarks-throughput.png")),
        };
    }

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static string Fill(string value, string fallback) => Path.GetFullPath(string.IsNullOrEmpty(value) ? fallback : value);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Anibase.slnx")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
