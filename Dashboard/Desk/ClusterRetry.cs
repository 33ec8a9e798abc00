using Orleans.Runtime;
using Orleans.Runtime.Messaging;

namespace Collab.Dashboard.Desk;

/// <summary>
/// A registration refused by the cluster's messaging (a silo just died: its gateway connection is gone, or the grain's silo is
/// unreachable) is sent again, twice at most, so members whose grains live on the surviving silo never notice the other one
/// dying. Safe because a registration carries its id: one that did arrive the first time is answered as a duplicate, never
/// counted twice. A timeout is not retried: the first call may still be running.
/// </summary>
public static class ClusterRetry
{
    private static readonly TimeSpan[] Pauses = [TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1)];

    public static async Task<T> Run<T>(Func<Task<T>> call)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (Exception ex) when (attempt < Pauses.Length && ex is SiloUnavailableException or ConnectionFailedException)
            {
                await Task.Delay(Pauses[attempt]);
            }
        }
    }
}
