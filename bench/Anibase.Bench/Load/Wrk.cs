using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Anibase.Bench.Load;

/// <summary>
/// Debian's wrk for single-request scenarios, with <c>bench/wrk/request.lua</c>: the method, body
/// and bearer token come from the environment, and its <c>done</c> prints one JSON line.
/// </summary>
internal static class Wrk
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "wrk", "request.lua");

    public static async Task<LoadResult> RunAsync(
        string scenario, Uri url, int concurrency, TimeSpan duration, string? body, string? token, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("wrk")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[]
        {
            "-t", Math.Min(2, concurrency).ToString(CultureInfo.InvariantCulture),
            "-c", concurrency.ToString(CultureInfo.InvariantCulture),
            "-d", $"{(int)Math.Ceiling(duration.TotalSeconds)}s",
            "--timeout", "30s",
            "-s", Script,
            url.ToString(),
        })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["BENCH_METHOD"] = body is null ? "GET" : "POST";
        info.Environment["BENCH_BODY"] = body ?? "";
        info.Environment["BENCH_TOKEN"] = token ?? "";

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start wrk (apt-get install wrk)");
        var stdout = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var line = stdout.Split('\n').LastOrDefault(l => l.StartsWith("{\"bench\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no summary ({process.ExitCode}): {stdout}{stderr}");

        var summary = JsonDocument.Parse(line).RootElement.GetProperty("bench");
        var requests = summary.GetProperty("requests").GetInt64();
        var errors = summary.GetProperty("errors").GetInt64();
        var seconds = summary.GetProperty("duration_us").GetDouble() / 1e6;
        if (errors > 0)
        {
            Console.Error.WriteLine($"  {scenario} c={concurrency}: {errors} errors from wrk ({summary})");
        }

        return new LoadResult(scenario, concurrency, requests - errors, errors, seconds, (requests - errors) / seconds,
            summary.GetProperty("p50_us").GetDouble() / 1000, summary.GetProperty("p99_us").GetDouble() / 1000);
    }
}
