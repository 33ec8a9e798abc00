using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Collab.AppHost.Launch;

/// <summary>
/// Ctrl+C reaches the AppHost, not the services (DCP starts them in process groups of their own), and left alone DCP stops them
/// only after the AppHost is gone, some 10 s later. So the AppHost asks every service it started to stop (SIGTERM) the moment it
/// stops itself, and waits up to <see cref="Wait"/> for them, so the embedded store is flushed after their last write.
/// </summary>
public static class StopServicesFirst
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(QuickStop.ShutdownSeconds + 1);

    public static IDistributedApplicationBuilder StopServicesOnCtrlC(this IDistributedApplicationBuilder builder)
    {
        builder.Services.AddHostedService<Watcher>();
        return builder;
    }

    private sealed class Watcher(ResourceNotificationService notifications, IHostApplicationLifetime lifetime) : BackgroundService
    {
        // With its start time: a pid the system gave to another process since is never signalled.
        private readonly ConcurrentDictionary<string, (int Pid, DateTime Started)> pids = new();

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            lifetime.ApplicationStopping.Register(StopAll);
            try
            {
                await foreach (var e in notifications.WatchAsync(stoppingToken))
                {
                    if (e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
                        && int.TryParse(value.ToString(), CultureInfo.InvariantCulture, out var pid)
                        && pids.GetValueOrDefault(e.ResourceId).Pid != pid && Find(pid, null) is { } process)
                    {
                        pids[e.ResourceId] = (pid, process.StartTime);
                        process.Dispose();
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Stopping: StopAll has the pids seen so far.
            }
        }

        private void StopAll()
        {
            var running = pids.Values.Distinct().Select(p => Find(p.Pid, p.Started)).OfType<Process>().ToList();
            if (running.Count == 0)
            {
                return;
            }

            using (var term = Process.Start("kill", ["-TERM", .. running.Select(p => p.Id.ToString(CultureInfo.InvariantCulture))]))
            {
                term.WaitForExit();
            }

            var deadline = DateTime.UtcNow + Wait;
            foreach (var process in running)
            {
                var left = deadline - DateTime.UtcNow;
                process.WaitForExit(left > TimeSpan.Zero ? left : TimeSpan.Zero);
                process.Dispose();
            }
        }

        private static Process? Find(int pid, DateTime? started)
        {
            try
            {
                var process = Process.GetProcessById(pid);
                if (started is null || process.StartTime == started)
                {
                    return process;
                }

                process.Dispose();
                return null;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
            {
                return null;
            }
        }
    }
}
