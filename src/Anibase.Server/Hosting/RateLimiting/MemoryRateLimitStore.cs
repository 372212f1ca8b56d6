using System.Collections.Concurrent;

namespace Anibase.Server.Hosting.RateLimiting;

/// <summary>
/// Fixed windows in this process's memory: right for one node. Windows that have ended are swept
/// away once a minute, off the request's thread, so that a stream of new client addresses cannot
/// grow the table without end.
/// </summary>
internal sealed class MemoryRateLimitStore(TimeProvider time) : IRateLimitStore
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);
    private long nextSweepTicks;

    public ValueTask<RateLimitDecision> HitAsync(string partition, int permitLimit, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        SweepWhenDue(now);
        while (true)
        {
            var current = windows.GetOrAdd(partition, static _ => new Window());
            lock (current)
            {
                if (!current.Retired)
                {
                    if (now >= current.ResetAt)
                    {
                        current.ResetAt = now + window;
                        current.Count = 0;
                    }

                    current.Count = Math.Min(current.Count, int.MaxValue - 1) + 1;
                    return ValueTask.FromResult(new RateLimitDecision(
                        current.Count <= permitLimit, permitLimit, Math.Max(0, permitLimit - current.Count), current.ResetAt));
                }
            }

            // Swept while we looked it up: put a fresh one in its place.
            windows.TryUpdate(partition, new Window(), current);
        }
    }

    private void SweepWhenDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref nextSweepTicks);
        if (now.UtcTicks < due
            || Interlocked.CompareExchange(ref nextSweepTicks, (now + SweepInterval).UtcTicks, due) != due)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static state => state.Store.Sweep(state.Now), (Store: this, Now: now), preferLocal: false);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (partition, window) in windows)
        {
            lock (window)
            {
                if (now < window.ResetAt)
                {
                    continue;
                }

                window.Retired = true;
            }

            windows.TryRemove(new KeyValuePair<string, Window>(partition, window));
        }
    }

    private sealed class Window
    {
        public DateTimeOffset ResetAt { get; set; }

        public int Count { get; set; }

        public bool Retired { get; set; }
    }
}
