using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Anibase.Bench.Reporting;

/// <summary>Throughput against concurrency, one panel per provider, drawn by Debian's gnuplot.</summary>
internal static class Chart
{
    private static readonly string[] Series = ["bare", "viewer", "catalog", "exchange", "login", "flow"];

    public static async Task WriteAsync(RunResults run, string png, string work, CancellationToken cancellationToken)
    {
        var script = new StringBuilder();
        script.Append(CultureInfo.InvariantCulture, $"set terminal pngcairo size {640 * run.Providers.Count},520 font 'sans,10'\n");
        script.Append(CultureInfo.InvariantCulture, $"set output '{png}'\n");
        script.Append(CultureInfo.InvariantCulture, $"set multiplot layout 1,{run.Providers.Count} title 'Anibase throughput against concurrency ({run.Machine.Cores} cores, {run.Started:yyyy-MM-dd})'\n");
        script.Append("set logscale xy 2\nset logscale y 10\nset grid\nset key outside bottom center horizontal\n");
        script.Append("set xlabel 'concurrent connections'\nset ylabel 'requests or iterations per second'\n");
        foreach (var p in run.Providers)
        {
            var data = Path.Combine(work, $"chart-{p.Provider}.dat");
            var lines = new StringBuilder();
            foreach (var series in Series)
            {
                lines.Append(CultureInfo.InvariantCulture, $"# {series}\n");
                foreach (var r in p.Ceilings.Bare.Concat(p.Scenarios).Where(r => r.Scenario == series).OrderBy(r => r.Concurrency))
                {
                    lines.Append(CultureInfo.InvariantCulture, $"{r.Concurrency} {r.Throughput:F2}\n");
                }

                lines.Append("\n\n");
            }

            await File.WriteAllTextAsync(data, lines.ToString(), cancellationToken);
            script.Append(CultureInfo.InvariantCulture, $"set title '{(p.Provider == "sqlite" ? "SQLite" : "PostgreSQL")}'\n");
            var rsa = p.Ceilings.RsaSignatures.PerSecond;
            var hashes = p.Ceilings.PasswordHashes.PerSecond;
            var plots = Series.Select((s, i) => $"'{data}' index {i} with linespoints lw 2 title '{Title(s)}'")
                .Append($"{rsa.ToString("F1", CultureInfo.InvariantCulture)} with lines dt 2 lc rgb '#888888' title 'RSA signing ceiling'")
                .Append($"{hashes.ToString("F2", CultureInfo.InvariantCulture)} with lines dt 3 lc rgb '#888888' title 'password hashing ceiling'");
            script.Append("plot ").Append(string.Join(", \\\n  ", plots)).Append('\n');
        }

        script.Append("unset multiplot\n");
        var gp = Path.Combine(work, "chart.gp");
        await File.WriteAllTextAsync(gp, script.ToString(), cancellationToken);
        using var process = Process.Start("gnuplot", [gp]) ?? throw new InvalidOperationException("cannot start gnuplot (apt-get install gnuplot-nox)");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"gnuplot failed on {gp}");
        }
    }

    private static string Title(string series) => series switch
    {
        "bare" => "bare Kestrel (ceiling)",
        "viewer" => "API call (Viewer)",
        "catalog" => "catalog search",
        "exchange" => "code exchange",
        "login" => "password login",
        _ => "whole flow",
    };
}
