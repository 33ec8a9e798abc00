using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Stops this service when the process that started it is gone (on Linux, where /proc tells): a service never outlives its
/// orchestrator, even one killed outright. The AppHost turns this on and, in exchange, tells DCP to leave out its own
/// watcher processes (one per service, ~28 MB each).
/// </summary>
public sealed partial class ParentWatch(IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<ParentWatch> log) : BackgroundService
{
    /// <summary>The setting the AppHost gives its services.</summary>
    public const string Setting = "Orchestrator:StopWhenParentGone";

    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue<bool>(Setting) || ParentId() is not { } parent)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        try
        {
            // An orphan is adopted by init or a subreaper: the parent id changes, never back.
            while (await timer.WaitForNextTickAsync(stoppingToken) && ParentId() == parent)
            {
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        LogParentGone(parent);
        lifetime.StopApplication();
    }

    /// <summary>The parent's process id from /proc/self/stat (the field after the command name), or null where there is none.</summary>
    private static int? ParentId()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var stat = File.ReadAllText("/proc/self/stat");
        return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The orchestrator that started this service (process {Parent}) is gone: stopping")]
    private partial void LogParentGone(int parent);
}
