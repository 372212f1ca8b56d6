namespace Anibase.Client.Tests.Infrastructure;

/// <summary>
/// A clock on which no wait takes any time: each timer fires at once and moves the clock on by
/// its due time, and every wait asked for is recorded. Tests assert how long the code chose to
/// wait, never how long it took.
/// </summary>
public sealed class InstantClock(DateTimeOffset start) : TimeProvider
{
    private readonly object sync = new();
    private DateTimeOffset now = start;

    public InstantClock()
        : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    public List<TimeSpan> Waits { get; } = [];

    public override DateTimeOffset GetUtcNow()
    {
        lock (sync)
        {
            return now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (sync)
        {
            now += by;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (sync)
            {
                Waits.Add(dueTime);
                now += dueTime;
            }

            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }

        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
