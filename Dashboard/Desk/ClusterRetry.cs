using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Collab.Dashboard.Desk;

/// <summary>
/// A silo dying costs a caller seconds, not a failure. A call refused by the cluster's messaging (the silo's gateway
/// connection is gone, or the grain's silo is unreachable) is sent again, twice at most. A call still unanswered after the
/// patience given may have gone out through a silo that died with it (Orleans would wait for its 30 s response timeout): a
/// second attempt then races it, and the first answer wins; a first attempt that fails for another reason (the store is
/// down) is answered as it is. Safe because every call sent this way is a read or carries registration ids: an attempt that
/// did arrive makes the next one a duplicate, never a second count.
/// </summary>
public static class ClusterRetry
{
    private static readonly TimeSpan[] Pauses = [TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];

    /// <returns>The answer, and whether it answers a later attempt (an earlier one may have arrived).</returns>
    public static async Task<(T Answer, bool Resent)> Run<T>(Func<Task<T>> call, TimeSpan? patience = null)
    {
        var first = call();
        if (patience is not { } wait || await Answered(first, wait))
        {
            return await Retrying(call, first);
        }

        var second = Retrying(call, call(), resent: true);
        if (await Task.WhenAny(first, second) == first && !IsUndelivered(first))
        {
            Observe(second);
            return (await first, false);
        }

        Observe(first);
        return await second;
    }

    private static async Task<(T Answer, bool Resent)> Retrying<T>(Func<Task<T>> call, Task<T> sent, bool resent = false)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return (await sent, resent || attempt > 0);
            }
            catch (Exception ex) when (attempt < Pauses.Length && IsUndelivered(ex))
            {
                await Task.Delay(Pauses[attempt]);
                sent = call();
            }
        }
    }

    private static bool IsUndelivered(Exception ex) => ex is SiloUnavailableException or ConnectionFailedException;

    private static bool IsUndelivered(Task task) => task.Exception?.InnerException is { } ex && IsUndelivered(ex);

    private static async Task<bool> Answered(Task call, TimeSpan patience)
    {
        try
        {
            await call.WaitAsync(patience);
        }
        catch (TimeoutException) when (!call.IsCompleted)
        {
            return false;
        }
        catch (Exception)
        {
            // Answered with a failure: the caller's retry decides.
        }

        return true;
    }

    // The losing attempt's answer no longer matters; its failure must not go unobserved.
    private static void Observe(Task task) =>
        _ = task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
}
