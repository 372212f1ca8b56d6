using System.Diagnostics;
using System.Globalization;
using Anibase.Bench.Load;

namespace Anibase.Bench;

internal sealed partial class ProviderRun
{
    /// <summary>
    /// <c>profile SCENARIO</c>: the same set-up, then one scenario at the growth concurrency while
    /// the pinned dotnet-trace samples the server; writes the trace and its top methods.
    /// </summary>
    public async Task ProfileAsync(string scenario, string outputDirectory, CancellationToken cancellationToken)
    {
        try
        {
            await database.ResetAsync(cancellationToken);
            await CreateUserAndClientAsync(cancellationToken);
            await StartAsync(cancellationToken);
            await WarmUpExchangesAsync(50, cancellationToken);
            await database.SeedAsync(options.SmallRows, cancellationToken);

            var c = options.GrowthConcurrency;
            var token = await IssueTokenAsync(cancellationToken);
            var codes = scenario == "exchange" ? await MintCodesAsync(options.CodesPerLevel * 2, cancellationToken) : null;
            Func<TimeSpan, Task<LoadResult>> load = scenario switch
            {
                "exchange" => _ => RedeemAsync("exchange", c, new(Enumerable.Range(0, options.CodesPerLevel).Select(_ => codes!.TryDequeue(out var code) ? code : "")), cancellationToken),
                "viewer" => d => WrkAsync("viewer", c, d, Queries.Viewer, token, cancellationToken),
                "catalog" => d => WrkAsync("catalog", c, d, Queries.Catalog, null, cancellationToken),
                "login" => d => LoginAsync(c, d, cancellationToken),
                "flow" => d => FlowAsync(c, d, cancellationToken),
                _ => throw new ArgumentException($"unknown scenario {scenario}"),
            };

            Say($"{scenario}: warm-up");
            await load(options.WarmUp);
            Directory.CreateDirectory(outputDirectory);
            var trace = Path.Combine(outputDirectory, $"{database.Provider}-{scenario}.nettrace");
            var seconds = (int)options.Duration.TotalSeconds;
            using var collect = Dotnet(options.RepositoryRoot, "dotnet-trace", "collect", "-p", server!.Id.ToString(CultureInfo.InvariantCulture),
                "--duration", $"00:00:00:{seconds:D2}", "-o", trace);
            await Task.Delay(1000, cancellationToken);
            Record(await load(options.Duration + TimeSpan.FromSeconds(2)));
            await collect.WaitForExitAsync(cancellationToken);

            foreach (var (suffix, extra) in new[] { ("exclusive", Array.Empty<string>()), ("inclusive", ["--inclusive"]) })
            {
                using var report = Dotnet(options.RepositoryRoot, ["dotnet-trace", "report", trace, "topN", "-n", "60", .. extra]);
                var text = await report.StandardOutput.ReadToEndAsync(cancellationToken);
                await report.WaitForExitAsync(cancellationToken);
                await File.WriteAllTextAsync(Path.ChangeExtension(trace, $"{suffix}.txt"), text, cancellationToken);
            }

            Say($"trace and top methods in {outputDirectory}");
        }
        finally
        {
            await StopAsync();
        }
    }

    private static Process Dotnet(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
    }
}
