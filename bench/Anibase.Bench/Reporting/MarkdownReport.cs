using System.Globalization;
using System.Text;
using Anibase.Bench.Load;

namespace Anibase.Bench.Reporting;

/// <summary>results.md: each figure beside its ceiling from the same run, the ratio and the target.</summary>
internal static class MarkdownReport
{
    private static readonly string[] TargetScenarios = ["exchange", "viewer", "catalog", "login", "flow"];

    public static string Write(RunResults run)
    {
        var md = new StringBuilder();
        var m = run.Machine;
        Line(md, $"# Benchmark results{(run.Quick ? " (quick run: short, not for the record)" : "")}");
        Line(md);
        Line(md, $"Run {run.Started:yyyy-MM-dd HH:mm} – {run.Finished:HH:mm} on {m.Cpu}, {m.Cores} cores, {m.MemoryGiB} GiB, {m.Os} "
            + $"(kernel {m.Kernel}), {m.Runtime}. Load average {m.LoadAverageAtStart} at the start, {m.LoadAverageAtEnd} at the end: "
            + "the machine is shared, so compare the ratios, which come from one run, rather than the absolute figures. "
            + $"Each level ran {run.DurationSeconds:N0} s (code exchanges: {run.CodesPerLevel:N0} fresh codes) after {run.WarmUpSeconds:N0} s of warm-up. "
            + "\"Ratio\" divides throughputs on the wall clock; \"ratio of CPU costs\" divides the ceiling's CPU time per operation by the "
            + "server's CPU time per operation under that load, which other work on the machine barely moves. "
            + "Ceilings run on every core in the harness's process while the server idles; the bare Kestrel app is measured just before each `Viewer` level.");
        foreach (var p in run.Providers)
        {
            Line(md);
            Line(md, $"## {(p.Provider == "sqlite" ? "SQLite" : "PostgreSQL")}");
            Line(md);
            if (TargetScenarios.All(s => p.Scenarios.Any(r => r.Scenario == s)))
            {
                Targets(md, p);
                Line(md);
            }

            Line(md, "| Scenario | Concurrency | Throughput (/s) | p50 (ms) | p99 (ms) | Errors | Server CPU (ms/op) | Peak RSS (MB) |");
            Line(md, "|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in p.Ceilings.Bare.Concat(p.Scenarios))
            {
                Line(md, $"| {r.Scenario} | {r.Concurrency} | {N(r.Throughput, 1)} | {N(r.P50Ms, 2)} | {N(r.P99Ms, 2)} | {r.Errors} | {N(r.ServerCpuMsPerOp, 3)} | {N(Reporting.Targets.MB(r.PeakRssMiB), 0)} |");
            }

            if (p.FlowApproved + p.FlowRemembered > 0)
            {
                Line(md);
                Line(md, $"Whole flow: {p.FlowApproved:N0} iterations showed the approval page and were approved, "
                    + $"{p.FlowRemembered:N0} were remembered (no page).");
            }
        }

        return md.ToString();
    }

    private static void Targets(StringBuilder md, ProviderResults p)
    {
        var c = p.Ceilings;
        var exchange = p.Scenarios.Best("exchange");
        var viewer = p.Scenarios.Best("viewer");
        var catalog = p.Scenarios.Best("catalog");
        var login = p.Scenarios.Best("login");
        var flow = p.Scenarios.Best("flow");
        var bare = c.Bare.Best("bare");
        var bareAtViewer = c.Bare.Single(b => b.Concurrency == viewer.Concurrency);
        var bareAtCatalog = c.Bare.Single(b => b.Concurrency == catalog.Concurrency);
        var peak = Reporting.Targets.MB(p.Scenarios.Max(r => r.PeakRssMiB));
        var peakScenario = p.Scenarios.MaxBy(r => r.PeakRssMiB)!;

        Line(md, "| Figure | Measured | Ceiling (same run) | Ratio | Ratio of CPU costs | Target | Met |");
        Line(md, "|---|---|---|---:|---:|---|:-:|");
        Row(md, "Code exchange", Load(exchange), $"{N(c.RsaSignatures.PerSecond, 0)} RSA-2048 signatures/s",
            exchange.Throughput / c.RsaSignatures.PerSecond, c.RsaSignatures.CpuMsPerOp / exchange.ServerCpuMsPerOp, Reporting.Targets.ExchangeOverSigning);
        Row(md, "API call `Viewer { id name }`", Load(viewer), $"bare Kestrel {Load(bareAtViewer)}",
            viewer.Throughput / bareAtViewer.Throughput, bareAtViewer.ServerCpuMsPerOp / viewer.ServerCpuMsPerOp, Reporting.Targets.ViewerOverBare);
        Row(md, "Password login", Load(login), $"{N(c.PasswordHashes.PerSecond, 1)} PBKDF2 hashes/s",
            login.Throughput / c.PasswordHashes.PerSecond, c.PasswordHashes.CpuMsPerOp / login.ServerCpuMsPerOp, Reporting.Targets.LoginOverHashing);
        Line(md, $"| Password hash cost | PBKDF2-HMAC-{c.PasswordPrf}, {c.PasswordIterations:N0} iterations | OWASP: {Reporting.Targets.OwaspPbkdf2Sha512Iterations:N0} (SHA-512) | | | ≥ OWASP | {Met(c.PasswordPrf == "SHA512" && c.PasswordIterations >= Reporting.Targets.OwaspPbkdf2Sha512Iterations)} |");
        Row(md, "Catalog `Page` search", Load(catalog), $"bare Kestrel {Load(bareAtCatalog)}",
            catalog.Throughput / bareAtCatalog.Throughput, bareAtCatalog.ServerCpuMsPerOp / catalog.ServerCpuMsPerOp, null);
        Row(md, "Whole flow (login → authorize → exchange → Viewer)", Load(flow), $"{N(c.PasswordHashes.PerSecond, 1)} PBKDF2 hashes/s",
            flow.Throughput / c.PasswordHashes.PerSecond, c.PasswordHashes.CpuMsPerOp / flow.ServerCpuMsPerOp, null);
        Line(md, $"| Best bare Kestrel | {Load(bare)} | | | | | |");
        Line(md, $"| RSA-2048 verification (each API call verifies one) | | {N(c.RsaVerifications.PerSecond, 0)}/s ({N(c.RsaVerifications.CpuMsPerOp, 3)} ms CPU each) | | | | |");
        Line(md, $"| Synced 4 KiB writes in the data directory (a SQLite commit costs one; an exchange commits twice) | | {N(c.SyncedWrites.PerSecond, 0)}/s | | | | |");
        Line(md, $"| Peak RSS under load (highest: {peakScenario.Scenario} at c={peakScenario.Concurrency}) | {N(peak, 0)} MB | | | | ≤ {Reporting.Targets.PeakRssMB:N0} MB | {Met(peak <= Reporting.Targets.PeakRssMB)} |");
        Startup(md, "empty database, first start (migrations and the catalog import)", p.StartupEmpty);
        Startup(md, "empty database, catalog import off (migrations only)", p.StartupEmptyNoImport);
        Startup(md, $"full database ({(p.Growth.Count > 1 ? p.Growth[^1].Tokens.ToString("N0", CultureInfo.InvariantCulture) : "?")} tokens)", p.StartupFull);
        if (p.Growth.Count == 2)
        {
            var (small, large) = (p.Growth[0], p.Growth[1]);
            Row(md, $"Growth: code exchange at {large.Tokens:N0} tokens / {large.Users:N0} users", Load(large.Exchange),
                $"{Load(small.Exchange)} at {small.Tokens:N0} tokens", large.Exchange.Throughput / small.Exchange.Throughput,
                small.Exchange.ServerCpuMsPerOp / large.Exchange.ServerCpuMsPerOp, Reporting.Targets.GrowthRatio);
            Row(md, $"Growth: `Viewer` at {large.Tokens:N0} tokens / {large.Users:N0} users", Load(large.Viewer),
                $"{Load(small.Viewer)} at {small.Tokens:N0} tokens", large.Viewer.Throughput / small.Viewer.Throughput,
                small.Viewer.ServerCpuMsPerOp / large.Viewer.ServerCpuMsPerOp, Reporting.Targets.GrowthRatio);
        }
    }

    private static void Startup(StringBuilder md, string what, List<StartupSample> samples)
    {
        var median = samples.Select(s => s.WallMs).ToList().Median();
        var cpu = samples.Select(s => s.CpuMs).ToList().Median();
        Line(md, $"| Start-up to the first 200 on `/healthz`, {what} | {N(median, 0)} ms (median of {samples.Count}: {string.Join(", ", samples.Select(s => N(s.WallMs, 0)))}); {N(cpu, 0)} ms CPU | | | | ≤ {Reporting.Targets.StartupMs:N0} ms | {Met(median <= Reporting.Targets.StartupMs)} |");
    }

    private static void Row(StringBuilder md, string figure, string measured, string ceiling, double ratio, double cpuRatio, double? target) =>
        Line(md, $"| {figure} | {measured} | {ceiling} | {N(ratio * 100, 1)}% | {N(cpuRatio * 100, 1)}% | {(target is { } t ? $"≥ {t * 100:N0}%" : "")} | {(target is { } t2 ? Met(ratio >= t2) : "")} |");

    private static string Load(LoadResult r) => $"{N(r.Throughput, 1)}/s at c={r.Concurrency} (p50 {N(r.P50Ms, 1)} ms, p99 {N(r.P99Ms, 1)} ms)";

    private static string Met(bool met) => met ? "yes" : "**no**";

    private static string N(double value, int decimals) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
