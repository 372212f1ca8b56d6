using Anibase.Bench.Load;

namespace Anibase.Bench.Reporting;

/// <summary>Issue #7's targets, each a figure over its ceiling.</summary>
internal static class Targets
{
    public const double ExchangeOverSigning = 0.40;
    public const double ViewerOverBare = 0.40;
    public const double LoginOverHashing = 0.90;
    public const int OwaspPbkdf2Sha512Iterations = 210_000;
    public const double PeakRssMB = 300;
    public const double StartupMs = 2000;
    public const double GrowthRatio = 0.90;

    public static double MB(double mib) => mib * 1024 * 1024 / 1e6;

    public static LoadResult Best(this IEnumerable<LoadResult> results, string scenario) =>
        results.Where(r => r.Scenario == scenario).MaxBy(r => r.Throughput)
            ?? throw new InvalidOperationException($"no {scenario} results");

    public static double Median(this IReadOnlyCollection<double> values) =>
        values.Count == 0 ? double.NaN : values.Order().ElementAt(values.Count / 2);
}
