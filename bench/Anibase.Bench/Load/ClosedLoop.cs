using System.Diagnostics;

namespace Anibase.Bench.Load;

/// <summary>
/// A closed loop in this process: <c>concurrency</c> workers, each starting its next operation when
/// the previous one ends, until the time is up or the work runs out. For multi-step operations
/// (code exchanges with codes minted beforehand, logins, the whole flow) that wrk cannot script.
/// </summary>
internal static class ClosedLoop
{
    /// <summary>Runs <paramref name="operation"/> (worker, iteration) until the time is up or <paramref name="maxOperations"/> ran; a throw is an error.</summary>
    public static async Task<LoadResult> RunAsync(
        string scenario, int concurrency, TimeSpan duration, long maxOperations,
        Func<int, long, CancellationToken, Task> operation, CancellationToken cancellationToken)
    {
        long issued = 0;
        long errors = 0;
        string? firstError = null;
        var latencies = new List<double>[concurrency];
        var clock = Stopwatch.StartNew();

        async Task WorkerAsync(int worker)
        {
            var mine = latencies[worker] = [];
            long iteration;
            while (clock.Elapsed < duration && (iteration = Interlocked.Increment(ref issued)) <= maxOperations)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    await operation(worker, iteration - 1, cancellationToken);
                    mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, ex.Message, null);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(w => Task.Run(() => WorkerAsync(w), cancellationToken)));
        var elapsed = clock.Elapsed;
        if (firstError is not null)
        {
            Console.Error.WriteLine($"  {scenario} c={concurrency}: {errors} errors, first: {firstError}");
        }

        return LoadResult.From(scenario, concurrency, errors, elapsed, [.. latencies.SelectMany(l => l)]);
    }
}
