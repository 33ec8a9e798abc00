using System.Diagnostics;
using System.Globalization;
using Collab.Benchmarks.Report;
using Collab.Tests.Support;

namespace Collab.Benchmarks.Runs;

/// <summary>
/// <c>dotnet run --project AppHost</c>, as the README says, in a session of its own as a terminal would start it, until the
/// dashboard answers healthy; then Ctrl+C (SIGINT to the whole process group) until no process of the run is left. The first
/// three starts are stopped right after they are healthy, while the demo story still loads (the fresh clone's case); the last
/// waits until the run is idle and weighs every process first.
/// </summary>
public static class StartupBenchmark
{
    // Generous: on a shared, loaded machine a start can take minutes; the load average is reported beside the figure.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan StopLimit = TimeSpan.FromMinutes(1);

    public static async Task Run(string repository, ResultTable table)
    {
        var first = await StartOnce(repository, waitForIdle: false);
        // One start on a shared machine is one draw of its load: the median of three warm starts is the figure, all three beside it.
        List<Outcome> warm = [await StartOnce(repository, waitForIdle: false), await StartOnce(repository, waitForIdle: false)];
        var second = await StartOnce(repository, waitForIdle: true);
        warm.Add(second);
        var median = warm.Select(w => w.Healthy.TotalSeconds).Order().ElementAt(warm.Count / 2);
        table.Add(new Measurement("Start-up", "`dotnet run --project AppHost` → dashboard healthy (median of 3 warm starts)", $"{median:N1} s",
            $"first start {first.Healthy.TotalSeconds:N1} s; warm {string.Join(" / ", warm.Select(w => w.Healthy.TotalSeconds.ToString("N1", CultureInfo.InvariantCulture)))} s",
            "–", "≤ 15 s", median <= 15));
        var slowestStop = new[] { first, warm[0], warm[1] }.MaxBy(o => o.Stopped)!;
        foreach (var (run, name) in new[] { (slowestStop, "right after healthy (slowest of 3)"), (second, "at idle") })
        {
            table.Add(new Measurement("Start-up", $"Ctrl+C {name} → no process of the run left", Stop(run.Stopped),
                $"{run.LeftAfter5s} of {run.Processes} left after 5 s", "–", "≤ 5 s", run.Stopped <= TimeSpan.FromSeconds(5)));
        }

        // PSS: a page shared by several processes (the runtime, DCP's binary) counts once, split between them; a sum of RSS counts it in each.
        var megabytes = second.PssKiB / 1024.0;
        table.Add(new Measurement("Start-up", $"resident memory of the run at idle, demo story loaded ({second.Processes} processes, PSS)", $"{megabytes:N0} MiB",
            $"sum of RSS {second.RssKiB / 1024.0:N0} MiB", "–", "≤ 1 GB", megabytes <= 1000 * 1000 * 1000 / 1024.0 / 1024.0));
        table.Note($"Start-up: load average {first.Load} and {second.Load} (1/5/15 min) when the starts began; the first start includes the incremental build check of `dotnet run`.");
        table.Note($"Start-up: idle after {second.IdleAfter.TotalSeconds:N0} s; processes at idle: {second.Breakdown}.");
        table.Note($"Start-up: left after Ctrl+C (slowest right after healthy, at idle): {slowestStop.LeftNames}; {second.LeftNames}.");
    }

    private static string Stop(TimeSpan took) => took == TimeSpan.MaxValue ? $"more than {StopLimit.TotalSeconds:N0} s (killed)" : $"{took.TotalSeconds:N1} s";

    private sealed record Outcome(TimeSpan Healthy, TimeSpan Stopped, int Processes, int LeftAfter5s, string LeftNames, long RssKiB, long PssKiB, string Breakdown, TimeSpan IdleAfter, string Load);

    private static async Task<Outcome> StartOnce(string repository, bool waitForIdle)
    {
        using var data = new TempFolder();
        var port = Collab.AppHost.Store.FreePort.Pick();
        var load = File.ReadAllText("/proc/loadavg").Split(' ').Take(3);
        var clock = Stopwatch.StartNew();
        using var process = ReadmeRun.Start(repository, port, data.Path, [], []);
        var run = new RunProcesses(process.Id);
        using var watching = new CancellationTokenSource();
        var watcher = Watch(run, watching.Token);
        var healthy = await ReadmeRun.UntilHealthy(process, port, Limit);
        var elapsed = clock.Elapsed;
        if (!healthy)
        {
            await watching.CancelAsync();
            await watcher;
            run.Gather();
            run.KillLeft();
            throw new InvalidOperationException("The dashboard did not become healthy.");
        }

        var idleAfter = TimeSpan.Zero;
        (long Rss, long Pss, string Breakdown) memory = (0, 0, "not measured (stopped right after healthy)");
        if (waitForIdle)
        {
            idleAfter = await UntilIdle(run, clock);
            var each = run.Memory();
            memory = (each.Sum(p => p.RssKiB), each.Sum(p => p.PssKiB),
                string.Join(", ", each.OrderByDescending(p => p.RssKiB).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.RssKiB / 1024} MiB"))));
        }

        await watching.CancelAsync();
        await watcher;
        run.Gather();
        var processes = run.Alive().Count;
        clock.Restart();
        run.Interrupt();
        var leftAfter5s = -1;
        var leftNames = "none";
        var before = run.Alive();
        var exits = new List<string>();
        while (run.Alive() is { Count: > 0 } left)
        {
            exits.AddRange(before.Except(left).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {clock.Elapsed.TotalSeconds:N1} s")));
            before = left;
            if (leftAfter5s < 0 && clock.Elapsed >= TimeSpan.FromSeconds(5))
            {
                leftAfter5s = left.Count;
                leftNames = string.Join(", ", left.Select(p => p.Name));
            }

            if (clock.Elapsed > StopLimit)
            {
                run.KillLeft();
                return new Outcome(elapsed, TimeSpan.MaxValue, processes, leftAfter5s, leftNames, memory.Rss, memory.Pss, memory.Breakdown, idleAfter, string.Join('/', load));
            }

            await Task.Delay(50);
        }

        var stopped = clock.Elapsed;
        exits.AddRange(before.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {stopped.TotalSeconds:N1} s")));
        leftNames = $"{leftNames} (gone in order: {string.Join(", ", exits)})";
        return new Outcome(elapsed, stopped, processes, Math.Max(leftAfter5s, 0), leftNames, memory.Rss, memory.Pss, memory.Breakdown, idleAfter, string.Join('/', load));
    }

    /// <summary>Gathers the run's processes twice a second while it starts and runs, so none that comes and goes is missed.</summary>
    private static async Task Watch(RunProcesses run, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            run.Gather();
            try
            {
                await Task.Delay(500, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Idle: the run used less than a tenth of one core over three seconds (the demo story loaded, caches warm), or two minutes passed.</summary>
    private static async Task<TimeSpan> UntilIdle(RunProcesses run, Stopwatch clock)
    {
        var window = TimeSpan.FromSeconds(3);
        var deadline = clock.Elapsed + TimeSpan.FromMinutes(2);
        var before = run.CpuSeconds();
        while (clock.Elapsed < deadline)
        {
            await Task.Delay(window);
            run.Gather();
            var now = run.CpuSeconds();
            // A process that ended takes its CPU time with it: only a sum that did not shrink can show idleness.
            if (now >= before && now - before < 0.1 * window.TotalSeconds)
            {
                break;
            }

            before = now;
        }

        return clock.Elapsed;
    }
}
