using System.Collections.Concurrent;
using Collab.AppHost.Store;
using Collab.Tests.Support;

namespace Collab.Tests.Integration;

/// <summary>
/// DCP's controller killed outright, as a crash or an out-of-memory kill would: the services it started stop by themselves
/// (they watch their parent), so no silo or dashboard is left behind holding ports and the store. DCP runs no watcher
/// process beside each service for that.
/// </summary>
public sealed class OrchestratorLossTests
{
    [Fact]
    public async Task The_services_stop_by_themselves_when_the_orchestrator_is_killed()
    {
        using var data = new TempFolder();
        var port = FreePort.Pick();
        var output = new ConcurrentQueue<string>();
        using var process = ReadmeRun.Start(RepositoryFiles.Root, port, data.Path, ["--no-build"], ["Demo:Load=false"], output);
        var run = new RunProcesses(process.Id);
        try
        {
            Assert.True(await ReadmeRun.UntilHealthy(process, port, TimeSpan.FromMinutes(3), run.Gather), string.Join('\n', output));
            // Healthy is the dashboard's answer; the silos may still be on their way.
            var before = await Eventually.Until(() =>
            {
                run.Gather();
                return Task.FromResult(run.Alive());
            }, alive => alive.Count(p => IsService(p.Name)) == 3, TimeSpan.FromSeconds(30));
            Assert.DoesNotContain(before, p => p.Name.Contains("monitor-process", StringComparison.Ordinal));
            Assert.Equal(3, before.Count(p => IsService(p.Name)));
            var controller = Assert.Single(before, p => p.Name == "dcp run-controllers");

            System.Diagnostics.Process.GetProcessById(controller.Pid).Kill();

            var services = await Eventually.Until(() => Task.FromResult(run.Alive().Where(p => IsService(p.Name)).ToList()),
                left => left.Count == 0, TimeSpan.FromSeconds(30));
            Assert.True(services.Count == 0, $"still running after the orchestrator was killed: {string.Join(", ", services.Select(p => p.Name))}");
        }
        finally
        {
            run.Interrupt();
            await Eventually.Until(() => Task.FromResult(run.Alive()), alive => alive.Count == 0, TimeSpan.FromSeconds(30));
            run.KillLeft();
        }
    }

    private static bool IsService(string name) => name is "dotnet Silo.dll" or "dotnet Dashboard.dll";
}
