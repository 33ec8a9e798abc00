using System.Diagnostics;

namespace Collab.Benchmarks.Runs;

/// <summary>N clients, each sending its next request when the last one was answered, for a fixed time.</summary>
public static class LoadGenerator
{
    /// <summary>Runs <paramref name="send"/> (given a global sequence number) from <paramref name="clients"/> clients; counts successes.</summary>
    public static async Task<Rate> ClosedLoop(int clients, TimeSpan duration, Func<long, Task<bool>> send)
    {
        long sequence = 0, succeeded = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                if (await send(Interlocked.Increment(ref sequence)))
                {
                    Interlocked.Increment(ref succeeded);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        if (failed > 0)
        {
            throw new InvalidOperationException($"{failed} of {failed + succeeded} requests failed.");
        }

        return new Rate(succeeded, clock.Elapsed);
    }

    /// <summary>Starts <paramref name="send"/> at a steady rate (a tick every <paramref name="every"/>) until cancelled; answers are not awaited in order.</summary>
    public static async Task<long> OpenLoop(TimeSpan every, Func<long, Task> send, CancellationToken stop)
    {
        var inFlight = new List<Task>();
        long tick = 0;
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                inFlight.Add(send(tick++));
                inFlight.RemoveAll(t => t.IsCompleted);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping is the end of the run.
        }

        await Task.WhenAll(inFlight);
        return tick;
    }
}
