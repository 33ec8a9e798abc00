using System.Diagnostics;
using Collab.Benchmarks.Report;
using Collab.Tests.Support;

namespace Collab.Benchmarks.Runs;

/// <summary><c>dotnet run --project AppHost</c>, as the README says, until the dashboard answers healthy; then Ctrl+C until every process is gone.</summary>
public static class StartupBenchmark
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task Run(string repository, ResultTable table)
    {
        var first = await StartOnce(repository);
        var second = await StartOnce(repository);
        table.Add(new Measurement("Start-up", "`dotnet run --project AppHost` → dashboard healthy", $"{second.Healthy.TotalSeconds:N1} s",
            $"first start {first.Healthy.TotalSeconds:N1} s", "–", "≤ 15 s", second.Healthy.TotalSeconds <= 15));
        table.Note($"Start-up: the first of two starts includes the incremental build check of `dotnet run`; Ctrl+C (SIGINT to the AppHost) took {Stop(first.Stopped)} and {Stop(second.Stopped)} until no process of the run was left.");
    }

    private static string Stop(TimeSpan took) => took == TimeSpan.MaxValue ? "more than 60 s (killed)" : $"{took.TotalSeconds:N1} s";

    private static async Task<(TimeSpan Healthy, TimeSpan Stopped)> StartOnce(string repository)
    {
        using var data = new TempFolder();
        var port = Collab.AppHost.Store.FreePort.Pick();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "run", "--project", "AppHost", "--", $"Dashboard:Port={port}", $"Store:DataPath={data.Path}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet run did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var healthy = await Eventually.Until(async () =>
        {
            try
            {
                return (await http.GetAsync($"http://127.0.0.1:{port}/health")).IsSuccessStatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, ok => ok || process.HasExited, Limit);
        var elapsed = clock.Elapsed;
        if (!healthy)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The dashboard did not become healthy.");
        }

        clock.Restart();
        if (!await ProcessTree.InterruptAndWait(process.Id, TimeSpan.FromMinutes(1)))
        {
            return (elapsed, TimeSpan.MaxValue);
        }

        return (elapsed, clock.Elapsed);
    }
}
