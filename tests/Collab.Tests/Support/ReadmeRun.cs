using System.Diagnostics;
using Collab.AppHost.Store;

namespace Collab.Tests.Support;

/// <summary>
/// The README's first command, <c>dotnet run --project AppHost</c>, started as a terminal starts a foreground job (under
/// <c>setsid</c>: its own session and process group), on a dashboard port and data folder of its own.
/// </summary>
public static class ReadmeRun
{
    /// <summary>Starts the run; its output is always read (a full pipe would stall it) and kept in <paramref name="output"/> when given.</summary>
    public static Process Start(string repository, int port, string dataPath, IEnumerable<string> dotnetRunOptions, IEnumerable<string> settings,
        System.Collections.Concurrent.ConcurrentQueue<string>? output = null)
    {
        var start = new ProcessStartInfo("setsid") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        // Free ports for the Aspire dashboard too: another run (or a developer's own) may hold the launch profile's fixed ones.
        string Url() => $"http://localhost:{FreePort.Pick()}";
        foreach (var arg in new[] { "dotnet", "run" }.Concat(dotnetRunOptions).Concat(
        [
            "--project", "AppHost", "--", $"Dashboard:Port={port}", $"Store:DataPath={dataPath}",
            $"ASPNETCORE_URLS={Url()}", $"ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL={Url()}", $"ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL={Url()}",
        ]).Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet run did not start");
        process.OutputDataReceived += (_, e) => output?.Enqueue(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => output?.Enqueue(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>True once the dashboard answers healthy; false when the run ended first or the limit passed.</summary>
    public static async Task<bool> UntilHealthy(Process run, int port, TimeSpan limit, Action? meanwhile = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        return await Eventually.Until(async () =>
        {
            meanwhile?.Invoke();
            try
            {
                return (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"))).IsSuccessStatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, ok => ok || run.HasExited, limit);
    }
}
