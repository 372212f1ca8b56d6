using System.Collections.Concurrent;
using Anibase.Bench.Database;
using Anibase.Bench.Http;
using Anibase.Bench.Load;
using Anibase.Bench.Reporting;

namespace Anibase.Bench;

/// <summary>Every figure for one database provider, against the ceilings measured beside it.</summary>
internal sealed partial class ProviderRun(BenchOptions options, BenchDatabase database, string workDirectory)
{
    private const string RedirectUri = "http://127.0.0.1/callback";

    private readonly ProviderResults results = new() { Provider = database.Provider, Ceilings = new() };
    private ServerProcess? server;
    private int clientId;
    private string clientSecret = "";

    private string Log => Path.Combine(workDirectory, $"server-{database.Provider}.log");

    private IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>(database.ServerEnvironment)
    {
        // The API's rate limit (90 a minute) would measure nothing but the limiter.
        ["Anibase__RateLimit__PermitLimit"] = "0",
        // So would the brute-force limits: every request comes from 127.0.0.1 and one client.
        ["Anibase__BruteForce__LoginAttemptsPerAddress"] = "0",
        ["Anibase__BruteForce__TokenRequestsPerAddress"] = "0",
        ["Anibase__BruteForce__TokenRequestsPerClient"] = "0",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    public async Task<ProviderResults> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            Say($"start-up on an empty database ({options.StartupSamples}× with the catalog import, {options.StartupSamples}× without)");
            foreach (var (samples, import) in new[] { (results.StartupEmptyNoImport, false), (results.StartupEmpty, true) })
            {
                for (var i = 0; i < options.StartupSamples; i++)
                {
                    await database.ResetAsync(cancellationToken);
                    await StartAsync(cancellationToken, import);
                    samples.Add(StartupSample());
                    await StopAsync();
                }
            }

            await CreateUserAndClientAsync(cancellationToken);
            await StartAsync(cancellationToken);
            await WarmUpExchangesAsync(50, cancellationToken);
            Say($"seeding {options.SmallRows:N0} users, authorizations and tokens");
            await database.SeedAsync(options.SmallRows, cancellationToken);

            await RunScenariosAsync(cancellationToken);
            if (options.Scenarios.Contains("growth"))
            {
                await RunGrowthAsync(cancellationToken);
            }

            return results;
        }
        finally
        {
            await StopAsync();
        }
    }

    private async Task CreateUserAndClientAsync(CancellationToken cancellationToken)
    {
        await AdminCommand.RunAsync(options.ServerDll, Environment,
            ["users", "create", "--name", BenchDatabase.TemplateUserName, "--email", "benchuser@example.com", "--password", BenchDatabase.Password],
            cancellationToken);
        var client = await AdminCommand.RunAsync(options.ServerDll, Environment,
            ["clients", "create", "--owner", BenchDatabase.TemplateUserName, "--name", "Bench App", "--redirect-uri", RedirectUri],
            cancellationToken);
        clientId = client.GetProperty("client_id").GetInt32();
        clientSecret = client.GetProperty("client_secret").GetString()!;
    }

    private async Task StartAsync(CancellationToken cancellationToken, bool importCatalog = true)
    {
        var environment = new Dictionary<string, string>(Environment)
        {
            ["Anibase__Catalog__ImportOnStart"] = importCatalog ? "true" : "false",
        };
        server = await ServerProcess.StartAsync(options.ServerDll, environment, Log, "/healthz", cancellationToken);
        Say($"server {server.Id} answered /healthz after {server.Startup.TotalMilliseconds:N0} ms ({server.StartupCpu.TotalMilliseconds:N0} ms CPU)");
    }

    private StartupSample StartupSample() => new(server!.Startup.TotalMilliseconds, server.StartupCpu.TotalMilliseconds);

    private async Task StopAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
            server = null;
        }
    }

    private AppClient App(int connections) => new(server!.Address, connections, clientId, clientSecret, RedirectUri);

    /// <summary>Codes through the real front channel: logged-in browsers open the authorize link and approve.</summary>
    private async Task<ConcurrentQueue<string>> MintCodesAsync(int count, CancellationToken cancellationToken)
    {
        var codes = new ConcurrentQueue<string>();
        var sessions = Math.Min(4, count);
        var path = Browser.AuthorizePath(clientId, RedirectUri);
        await Task.WhenAll(Enumerable.Range(0, sessions).Select(async session =>
        {
            using var browser = new Browser(server!.Address);
            await browser.LogInAsync(BenchDatabase.TemplateUserName, BenchDatabase.Password, cancellationToken);
            for (var i = session; i < count; i += sessions)
            {
                codes.Enqueue((await browser.AuthorizeAsync(path, cancellationToken)).Code);
            }
        }));
        return codes;
    }

    private async Task<string> IssueTokenAsync(CancellationToken cancellationToken)
    {
        var codes = await MintCodesAsync(1, cancellationToken);
        using var app = App(1);
        return await app.ExchangeAsync(codes.Single(), cancellationToken);
    }

    private async Task WarmUpExchangesAsync(int count, CancellationToken cancellationToken) =>
        await ExchangeAsync("warm-up", Math.Min(16, count), count, cancellationToken);

    /// <summary>Mints <paramref name="count"/> fresh codes, then redeems each once at the given concurrency.</summary>
    private async Task<LoadResult> ExchangeAsync(string scenario, int concurrency, int count, CancellationToken cancellationToken) =>
        await RedeemAsync(scenario, concurrency, await MintCodesAsync(count, cancellationToken), cancellationToken);

    /// <summary>Redeems each code once at the given concurrency.</summary>
    private async Task<LoadResult> RedeemAsync(string scenario, int concurrency, ConcurrentQueue<string> codes, CancellationToken cancellationToken)
    {
        var count = codes.Count;
        using var app = App(concurrency);
        return await server!.MeasureAsync(() => ClosedLoop.RunAsync(scenario, concurrency, TimeSpan.MaxValue, count, async (_, _, ct) =>
        {
            if (!codes.TryDequeue(out var code))
            {
                throw new InvalidOperationException("out of codes");
            }

            await app.ExchangeAsync(code, ct);
        }, cancellationToken));
    }

    private async Task<LoadResult> WrkAsync(string scenario, int concurrency, TimeSpan duration, string body, string? token, CancellationToken cancellationToken)
    {
        return await server!.MeasureAsync(() =>
            Wrk.RunAsync(scenario, new Uri(server.Address, "/graphql"), concurrency, duration, body, token, cancellationToken));
    }

    private void Record(LoadResult result)
    {
        results.Scenarios.Add(result);
        Say($"{result.Scenario,-9} c={result.Concurrency,-3} {result.Throughput,9:N1}/s  p50 {result.P50Ms,8:N2} ms  p99 {result.P99Ms,8:N2} ms  errors {result.Errors}  server CPU {result.ServerCpuMsPerOp:N2} ms/op  peak RSS {result.PeakRssMiB:N0} MiB");
    }

    private void Say(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {database.Provider}: {message}");
}
