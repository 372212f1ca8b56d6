namespace Anibase.Bench.Load;

/// <summary>One scenario at one concurrency: what a user of the server feels.</summary>
internal sealed record LoadResult(
    string Scenario,
    int Concurrency,
    long Operations,
    long Errors,
    double Seconds,
    double Throughput,
    double P50Ms,
    double P99Ms)
{
    /// <summary>The server process's peak resident set during this load, MiB.</summary>
    public double PeakRssMiB { get; init; }

    /// <summary>
    /// The server's CPU time (user + system) per operation during this load, ms: unlike
    /// throughput, barely moved by other work on a shared machine.
    /// </summary>
    public double ServerCpuMsPerOp { get; init; }

    public static LoadResult From(string scenario, int concurrency, long errors, TimeSpan elapsed, List<double> latenciesMs)
    {
        latenciesMs.Sort();
        return new LoadResult(scenario, concurrency, latenciesMs.Count, errors, elapsed.TotalSeconds,
            latenciesMs.Count / elapsed.TotalSeconds, Percentile(latenciesMs, 0.50), Percentile(latenciesMs, 0.99));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
