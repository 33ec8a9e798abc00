using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Collab.AppHost.Launch;

/// <summary>
/// On Ctrl+C, stops the silos and the dashboard before anything else, while the store still answers: with the store up a service
/// stops in a third of a second; left to the orchestrator it was asked only ~6 s after the AppHost had gone, and then spent its
/// whole shutdown limit on a store that was no longer there. The store (embedded Garnet, or redis-server) stops after them.
/// Replicas of one service (the silos) leave one at a time: a leaving silo tells the others, and one that is leaving itself may
/// not answer any more; Orleans then waits 3 s for it (seen as "Timed out while gossiping status to other silos").
/// </summary>
public sealed partial class ServicesStopFirst(ResourceNotificationService notifications, DistributedApplicationModel model, ILogger<ServicesStopFirst> logger)
    : IHostedLifecycleService
{
    // The process id DCP reports in a running executable's snapshot.
    private const string ProcessIdProperty = "executable.pid";
    private const int SignalTerminate = 15;

    private readonly ConcurrentDictionary<string, (string Service, int Id)> running = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource watching = new();

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var services = model.Resources.OfType<ProjectResource>().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        _ = Task.Run(() => Watch(services, watching.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await watching.CancelAsync();
        var services = running.Values.Distinct().Where(r => Alive(r.Id)).GroupBy(r => r.Service, r => r.Id).ToList();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(services.Select(replicas => OneAtATime([.. replicas], clock, cancellationToken)));
        var ids = services.SelectMany(replicas => replicas).ToList();
        Log.ServicesStopped(logger, ids.Count(id => !Alive(id)), ids.Count, clock.ElapsedMilliseconds);
    }

    // A service stops within QuickStop.ShutdownSeconds; a little more, then the rest are told at once and the AppHost goes on regardless.
    private static async Task OneAtATime(IReadOnlyList<int> replicas, Stopwatch clock, CancellationToken cancellationToken)
    {
        foreach (var id in replicas)
        {
            _ = Terminate(id, SignalTerminate);
            while (Alive(id) && clock.Elapsed < TimeSpan.FromSeconds(QuickStop.ShutdownSeconds + 1) && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(20, CancellationToken.None);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task Watch(HashSet<string> services, CancellationToken stop)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stop))
            {
                if (!services.Contains(change.Resource.Name))
                {
                    continue;
                }

                // One entry per replica: a restarted replica reports its new process under the same resource id.
                if (change.Snapshot.Properties.FirstOrDefault(p => p.Name == ProcessIdProperty)?.Value is int id)
                {
                    running[change.ResourceId] = (change.Resource.Name, id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the ids gathered so far are the ones to stop.
        }
    }

    private static bool Alive(int id) => Terminate(id, 0) == 0;

    // DllImport rather than LibraryImport: an int-only signature needs no generated marshalling, nor unsafe code.
    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Terminate(int processId, int signal);

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "{Stopped} of {Count} services stopped before the store, in {Milliseconds} ms.")]
        public static partial void ServicesStopped(ILogger logger, int stopped, int count, long milliseconds);
    }
}
