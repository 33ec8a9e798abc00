using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Orleans.Concurrency;

namespace Collab.Silo.Aggregation;

/// <summary>
/// Coalesces changed figures and flushes them to the collaboration grain every <see cref="FlushEvery"/>,
/// so the cross-member view takes one call per silo per tick instead of one per registration (the GPSTracker pattern).
/// </summary>
[StatelessWorker(1)]
public sealed class FiguresBufferGrain : Grain, IFiguresBufferGrain
{
    public static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(50);

    private Dictionary<string, MemberFigures> members = [];
    private Dictionary<string, InitiativeFigures> initiatives = [];
    private IGrainTimer? timer;

    public Task Enqueue(MemberFigures figures)
    {
        if (!members.TryGetValue(figures.Profile.Id, out var queued) || queued.Revision < figures.Revision)
        {
            members[figures.Profile.Id] = figures;
        }

        return StartTimer();
    }

    public Task Enqueue(InitiativeFigures figures)
    {
        if (!initiatives.TryGetValue(figures.Profile.Id, out var queued) || queued.Revision < figures.Revision)
        {
            initiatives[figures.Profile.Id] = figures;
        }

        return StartTimer();
    }

    private Task StartTimer()
    {
        timer ??= this.RegisterGrainTimer(Flush, new GrainTimerCreationOptions(FlushEvery, FlushEvery) { KeepAlive = true });
        return Task.CompletedTask;
    }

    private async Task Flush(CancellationToken cancellationToken)
    {
        if (members.Count == 0 && initiatives.Count == 0)
        {
            return;
        }

        var (m, i) = (members, initiatives);
        (members, initiatives) = ([], []);
        try
        {
            await GrainFactory.GetGrain<ICollaborationGrain>(0).Apply([.. m.Values], [.. i.Values]);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Keep what failed unless something newer arrived meanwhile; the next tick tries again.
            foreach (var (id, f) in m)
            {
                members.TryAdd(id, f);
            }

            foreach (var (id, f) in i)
            {
                initiatives.TryAdd(id, f);
            }
        }
    }
}
