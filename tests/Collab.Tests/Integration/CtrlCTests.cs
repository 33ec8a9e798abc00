using System.Text.RegularExpressions;
using Collab.AppHost.Store;
using Collab.Tests.Support;

namespace Collab.Tests.Integration;

/// <summary>
/// The README's first command, stopped as a terminal stops it: SIGINT to the whole foreground process group. Every process of the
/// run counts, the orchestrator's (DCP detaches itself) included. How fast is for the start-up benchmark; this is that it happens.
/// </summary>
public sealed partial class CtrlCTests
{
    [Fact]
    public async Task Ctrl_C_ends_every_process_of_the_run_and_the_services_stop_before_the_store()
    {
        using var data = new TempFolder();
        var port = FreePort.Pick();
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var process = ReadmeRun.Start(RepositoryFiles.Root, port, data.Path, ["--no-build"], ["Demo:Load=false"], output);
        var run = new RunProcesses(process.Id);
        var healthy = await ReadmeRun.UntilHealthy(process, port, TimeSpan.FromMinutes(3), run.Gather);
        Assert.True(healthy, string.Join('\n', output));
        run.Gather();
        var before = run.Alive();

        run.Interrupt();
        var left = await Eventually.Until(() => Task.FromResult(run.Alive()), alive => alive.Count == 0, TimeSpan.FromSeconds(60));
        run.KillLeft();

        Assert.True(left.Count == 0, $"left after Ctrl+C: {string.Join(", ", left.Select(p => p.Name))}");
        // The AppHost, DCP's API server and controllers, both silos and the dashboard at least: the count is of real processes.
        Assert.True(before.Count >= 6, $"the run's processes: {string.Join(", ", before.Select(p => p.Name))}");
        var stopped = output.Select(line => ServicesStopped().Match(line)).LastOrDefault(m => m.Success);
        Assert.True(stopped is not null, string.Join('\n', output));
        Assert.Equal("3", stopped.Groups["count"].Value);
        Assert.Equal(stopped.Groups["count"].Value, stopped.Groups["stopped"].Value);
    }

    [GeneratedRegex(@"(?<stopped>\d+) of (?<count>\d+) services stopped before the store")]
    private static partial Regex ServicesStopped();
}
