using System.Globalization;

namespace Collab.Benchmarks.Runs;

/// <summary>A process and its descendants, read from /proc: what a terminal's Ctrl+C reaches and what memory a service really holds.</summary>
public static class ProcessTree
{
    public static IEnumerable<int> Of(int pid)
    {
        yield return pid;
        var children = Directory.Exists($"/proc/{pid}/task")
            ? Directory.GetDirectories($"/proc/{pid}/task").SelectMany(t => File.Exists($"{t}/children") ? File.ReadAllText($"{t}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
            : [];
        foreach (var child in children)
        {
            foreach (var descendant in Of(int.Parse(child, CultureInfo.InvariantCulture)))
            {
                yield return descendant;
            }
        }
    }

    public static long ResidentKiB(int pid)
    {
        var line = File.Exists($"/proc/{pid}/status") ? File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) : null;
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Ctrl+C as a terminal gives it to the program `dotnet run` runs (the AppHost then stops its resources); returns once
    /// no process is left that belongs to the run: the AppHost, its orchestrator and the services it started.
    /// </summary>
    public static async Task<bool> InterruptAndWait(int dotnetRun, TimeSpan limit)
    {
        var appHost = Children(dotnetRun).FirstOrDefault(dotnetRun);
        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", appHost.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var deadline = DateTime.UtcNow + limit;
        while (OfTheRun(appHost).ToList() is { Count: > 0 } left)
        {
            if (DateTime.UtcNow > deadline)
            {
                left.ForEach(p => System.Diagnostics.Process.Start("kill", ["-KILL", p.ToString(CultureInfo.InvariantCulture)])?.Dispose());
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }

    // The AppHost, the orchestrator watching it, and this repository's service binaries.
    private static IEnumerable<int> OfTheRun(int appHost) =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => int.TryParse(n, out _)).Select(n => int.Parse(n!, CultureInfo.InvariantCulture))
            .Where(p =>
            {
                var command = File.Exists($"/proc/{p}/cmdline") ? TryRead($"/proc/{p}/cmdline").Replace('\0', ' ') : string.Empty;
                return p == appHost || command.Contains($"--monitor {appHost}", StringComparison.Ordinal)
                    || command.Contains("/Silo/Host/bin/Debug/", StringComparison.Ordinal) || command.Contains("/Dashboard/bin/Debug/", StringComparison.Ordinal);
            });

    private static string TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    private static IEnumerable<int> Children(int pid) =>
        Directory.Exists($"/proc/{pid}/task")
            ? Directory.GetDirectories($"/proc/{pid}/task")
                .SelectMany(t => File.Exists($"{t}/children") ? File.ReadAllText($"{t}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries) : [])
                .Select(c => int.Parse(c, CultureInfo.InvariantCulture))
            : [];
}
