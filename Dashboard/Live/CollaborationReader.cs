using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Live;

/// <summary>
/// Reads the collaboration view through Orleans; pages get indicators, never the store. Every open page reads on every
/// change, so reads are shared: one in flight, and the callers who asked meanwhile share the next one (which starts after they asked).
/// </summary>
public sealed class CollaborationReader(IClusterClient client) : ICollaborationReader
{
    private readonly Lock gate = new();
    private Task<CollaborationFigures>? running;
    private Task<CollaborationFigures>? next;

    public Task<CollaborationFigures> Read()
    {
        lock (gate)
        {
            if (running is null)
            {
                return running = Fetch();
            }

            return next ??= FetchAfter(running);
        }
    }

    private async Task<CollaborationFigures> Fetch()
    {
        try
        {
            return await client.GetGrain<ICollaborationGrain>(0).GetFigures();
        }
        finally
        {
            lock (gate)
            {
                running = null;
            }
        }
    }

    private async Task<CollaborationFigures> FetchAfter(Task previous)
    {
        await previous.ContinueWith(static _ => { }, TaskScheduler.Default);
        Task<CollaborationFigures> mine;
        lock (gate)
        {
            next = null;
            mine = running = Fetch();
        }

        return await mine;
    }
}
