using Microsoft.Extensions.Time.Testing;

namespace Collab.Tests.Support;

/// <summary>A fake clock that counts the timers started on it, so a test advances time only once the code waits on it.</summary>
public sealed class CountingClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private int timers;

    /// <summary>Timers started so far: a <c>Task.Delay</c> on this clock is one.</summary>
    public int Timers => Volatile.Read(ref timers);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref timers);
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits (spinning, with a deadline) until the code under test has started at least <paramref name="count"/> timers.</summary>
    public void WaitForTimers(int count) =>
        Assert.True(SpinWait.SpinUntil(() => Timers >= count, TimeSpan.FromSeconds(5)), $"{Timers} timers started, expected {count}");
}
