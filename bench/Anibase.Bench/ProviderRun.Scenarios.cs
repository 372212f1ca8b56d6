using Anibase.Bench.Database;
using Anibase.Bench.Http;
using Anibase.Bench.Load;
using Anibase.Bench.Reporting;

namespace Anibase.Bench;

internal sealed partial class ProviderRun
{
    private TimeSpan CeilingTime => options.Quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(5);

    /// <summary>The bare Kestrel app runs beside the server; each of its levels is measured just before the API's.</summary>
    private async Task<ServerProcess> StartBareAsync(CancellationToken cancellationToken)
    {
        var bare = await ServerProcess.StartAsync(
            typeof(ProviderRun).Assembly.Location, new Dictionary<string, string>(), Log, "/", cancellationToken, "bare");
        await Wrk.RunAsync("bare", bare.Address, 16, options.WarmUp / 3, null, null, cancellationToken);
        return bare;
    }

    private async Task RunScenariosAsync(CancellationToken cancellationToken)
    {
        var ceilings = results.Ceilings;
        ceilings.SyncedWrites = Ceilings.SyncedWrites(database.DataDirectory, CeilingTime);
        Say($"ceiling: {ceilings.SyncedWrites.PerSecond:N0} synced 4 KiB writes/s in the data directory");

        var warmUpCodes = options.Quick ? 200 : 600;
        if (options.Scenarios.Contains("exchange"))
        {
            Say("code exchange: warm-up");
            await ExchangeAsync("warm-up", 16, warmUpCodes, cancellationToken);
            ceilings.RsaSignatures = Ceilings.RsaSignatures(CeilingTime);
            ceilings.RsaVerifications = Ceilings.RsaVerifications(CeilingTime);
            Say($"ceiling: RSA-2048 {ceilings.RsaSignatures.PerSecond:N0} signatures/s ({ceilings.RsaSignatures.CpuMsPerOp:N3} ms CPU each), "
                + $"{ceilings.RsaVerifications.PerSecond:N0} verifications/s");
            foreach (var c in options.Concurrency)
            {
                Record(await ExchangeAsync("exchange", c, options.CodesPerLevel, cancellationToken));
            }
        }

        var token = await IssueTokenAsync(cancellationToken);
        using (var app = App(1))
        {
            var viewer = await app.GraphQLAsync(Queries.Viewer, token, cancellationToken);
            var catalog = await app.GraphQLAsync(Queries.Catalog, null, cancellationToken);
            Say($"Viewer answers {viewer.GetRawText()}; the catalog page has {catalog.GetProperty("Page").GetProperty("pageInfo").GetProperty("total")} matches");
        }

        await using var bare = await StartBareAsync(cancellationToken);
        foreach (var (name, body, bearer) in new[] { ("viewer", Queries.Viewer, token), ("catalog", Queries.Catalog, null) }.Where(s => options.Scenarios.Contains(s.Item1)))
        {
            Say($"{name}: warm-up");
            await WrkAsync("warm-up", 16, options.WarmUp, body, bearer, cancellationToken);
            foreach (var c in options.Concurrency)
            {
                if (name == "viewer")
                {
                    var ceiling = await bare.MeasureAsync(() => Wrk.RunAsync("bare", bare.Address, c, options.Duration, null, null, cancellationToken));
                    ceilings.Bare.Add(ceiling);
                    Say($"bare      c={c,-3} {ceiling.Throughput,9:N1}/s  p50 {ceiling.P50Ms,8:N2} ms  p99 {ceiling.P99Ms,8:N2} ms  server CPU {ceiling.ServerCpuMsPerOp:N3} ms/op");
                }

                Record(await WrkAsync(name, c, options.Duration, body, bearer, cancellationToken));
            }
        }

        if (options.Scenarios.Contains("login"))
        {
            Say("login: warm-up");
            await LoginAsync(4, options.WarmUp / 3, cancellationToken);
            var (prf, iterations) = Ceilings.PasswordCost(await database.PasswordHashAsync(cancellationToken));
            ceilings.PasswordPrf = prf.Name!;
            ceilings.PasswordIterations = iterations;
            ceilings.PasswordHashes = Ceilings.PasswordHashes(prf, iterations, CeilingTime);
            Say($"ceiling: PBKDF2-HMAC-{prf.Name} ×{iterations:N0} {ceilings.PasswordHashes.PerSecond:N1} hashes/s ({ceilings.PasswordHashes.CpuMsPerOp:N1} ms CPU each)");
            foreach (var c in options.Concurrency)
            {
                Record(await LoginAsync(c, options.Duration, cancellationToken));
            }
        }

        foreach (var c in options.Concurrency.Where(_ => options.Scenarios.Contains("flow")))
        {
            Record(await FlowAsync(c, options.Duration, cancellationToken));
        }
    }

    /// <summary>A password login in a fresh browser: the login page, then its form.</summary>
    private async Task<LoadResult> LoginAsync(int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        return await server!.MeasureAsync(() => ClosedLoop.RunAsync("login", concurrency, duration, long.MaxValue, async (worker, _, ct) =>
        {
            using var browser = new Browser(server.Address);
            await browser.LogInAsync(SeededUser(worker), BenchDatabase.Password, ct);
        }, cancellationToken));
    }

    /// <summary>
    /// A returning user in a fresh browser: log in, open the authorize link, approve if asked
    /// (a remembered approval skips the page), then the app exchanges the code and calls Viewer.
    /// </summary>
    private async Task<LoadResult> FlowAsync(int concurrency, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var app = App(concurrency);
        var path = Browser.AuthorizePath(clientId, RedirectUri);
        return await server!.MeasureAsync(() => ClosedLoop.RunAsync("flow", concurrency, duration, long.MaxValue, async (worker, _, ct) =>
        {
            using var browser = new Browser(server.Address);
            await browser.LogInAsync(SeededUser(worker), BenchDatabase.Password, ct);
            var (code, approved) = await browser.AuthorizeAsync(path, ct);
            var token = await app.ExchangeAsync(code, ct);
            await app.GraphQLAsync(Queries.Viewer, token, ct);
            if (approved)
            {
                Interlocked.Increment(ref results.FlowApprovedCount);
            }
            else
            {
                Interlocked.Increment(ref results.FlowRememberedCount);
            }
        }, cancellationToken));
    }

    private string SeededUser(int worker) => "bench" + (1 + (worker % Math.Max(1, database.SeededUsers)));

    /// <summary>
    /// The exchange and the API call at one concurrency with the small, then the large number of
    /// rows. Both points are measured the same way, after a restart and the same warm-up, so that
    /// the JIT's state does not count as growth.
    /// </summary>
    private async Task RunGrowthAsync(CancellationToken cancellationToken)
    {
        var c = options.GrowthConcurrency;
        await StopAsync();
        await StartAsync(cancellationToken);
        await WarmUpGrowthAsync(cancellationToken);
        results.Growth.Add(await GrowthPointAsync(c, cancellationToken));

        await StopAsync();
        Say($"seeding up to {options.LargeRows:N0} users, authorizations and tokens");
        var seeding = await database.SeedAsync(options.LargeRows, cancellationToken);
        Say($"seeded in {seeding.TotalSeconds:N0} s; start-up on the full database ({options.StartupSamples}×)");
        for (var i = 0; i < options.StartupSamples; i++)
        {
            await StartAsync(cancellationToken);
            results.StartupFull.Add(StartupSample());
            if (i < options.StartupSamples - 1)
            {
                await StopAsync();
            }
        }

        await WarmUpGrowthAsync(cancellationToken);
        results.Growth.Add(await GrowthPointAsync(c, cancellationToken));
    }

    private async Task WarmUpGrowthAsync(CancellationToken cancellationToken)
    {
        Say("warm-up after the restart");
        await ExchangeAsync("warm-up", 16, options.Quick ? 200 : 600, cancellationToken);
        await WrkAsync("warm-up", 16, options.WarmUp, Queries.Viewer, await IssueTokenAsync(cancellationToken), cancellationToken);
    }

    private async Task<GrowthPoint> GrowthPointAsync(int concurrency, CancellationToken cancellationToken)
    {
        var exchange = await ExchangeAsync("exchange", concurrency, options.CodesPerLevel, cancellationToken);
        var viewer = await WrkAsync("viewer", concurrency, options.Duration, Queries.Viewer, await IssueTokenAsync(cancellationToken), cancellationToken);
        var point = new GrowthPoint(
            await database.CountAsync("AspNetUsers", cancellationToken),
            await database.CountAsync("OpenIddictAuthorizations", cancellationToken),
            await database.CountAsync("OpenIddictTokens", cancellationToken),
            exchange, viewer);
        Say($"growth at {point.Tokens:N0} tokens: exchange {exchange.Throughput:N1}/s, viewer {viewer.Throughput:N1}/s");
        return point;
    }
}
