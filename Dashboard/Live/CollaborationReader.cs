using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Live;

/// <summary>
/// This process's copy of the collaboration view, kept current through Orleans by asking only for what changed since the
/// copy's version (never the whole view after the first read, so a read costs what changed, not how many members there are).
/// Pages get indicators, never the store. Reads are shared: one in flight, and the callers who asked meanwhile share the
/// next one (which starts after they asked).
/// </summary>
public sealed class CollaborationReader(IClusterClient client) : ICollaborationReader
{
    private readonly Lock gate = new();
    private Task<CollaborationFigures>? running;
    private Task<CollaborationFigures>? next;
    private (Guid Epoch, CollaborationFigures Figures) copy = (Guid.Empty, CollaborationFigures.Empty);

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
            // Only one fetch runs at a time, so the copy is read and replaced by one caller only.
            copy = await ViewFollowing.Next(client.GetGrain<ICollaborationGrain>(0), copy);
            return copy.Figures;
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
