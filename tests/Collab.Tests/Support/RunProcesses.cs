using System.Globalization;

namespace Collab.Tests.Support;

/// <summary>
/// Every process one `dotnet run` started, directly or not (wrappers, DCP, the AppHost, services, stores), gathered while it runs
/// from /proc: the session started under <c>setsid</c> and every descendant, so a process that leaves the session or loses its
/// parent is still counted. A process is known by its pid and start time, so a reused pid is never mistaken for it.
/// </summary>
public sealed class RunProcesses(int root)
{
    private readonly Dictionary<(int Pid, long Started), string> seen = [];
    private readonly Lock gate = new();

    public int Root { get; } = root;

    /// <summary>Adds what runs now: the root's session and the descendants of every process seen so far.</summary>
    public void Gather()
    {
        lock (gate)
        {
            GatherLocked();
        }
    }

    private void GatherLocked()
    {
        var all = Proc.All().ToList();
        var known = seen.Keys.Select(k => k.Pid).Append(Root).ToHashSet();
        bool grew;
        do
        {
            grew = false;
            // DCP detaches itself (its parent becomes init) but names the process it watches: --monitor <pid>.
            foreach (var p in all.Where(p => !known.Contains(p.Pid) && (p.Session == Root || known.Contains(p.Parent) || p.Monitors.Any(known.Contains))))
            {
                known.Add(p.Pid);
                grew = true;
            }
        }
        while (grew);

        foreach (var p in all.Where(p => known.Contains(p.Pid)))
        {
            // The latest name: the first sight may come between fork and exec.
            seen[(p.Pid, p.Started)] = p.Name;
        }
    }

    /// <summary>The processes seen that are still alive (same pid, same start time).</summary>
    public IReadOnlyList<(int Pid, string Name)> Alive()
    {
        var now = Proc.All().ToDictionary(p => p.Pid, p => p.Started);
        lock (gate)
        {
            return [.. seen.Where(s => now.TryGetValue(s.Key.Pid, out var started) && started == s.Key.Started).Select(s => (s.Key.Pid, s.Value))];
        }
    }

    /// <summary>Resident memory of each living process of the run: RSS, and PSS (shared pages split between their users).</summary>
    public IReadOnlyList<(int Pid, string Name, long RssKiB, long PssKiB)> Memory() =>
        [.. Alive().Select(p => (p.Pid, p.Name, Proc.Field(p.Pid, "status", "VmRSS:"), Proc.Field(p.Pid, "smaps_rollup", "Pss:")))];

    /// <summary>Ctrl+C as a terminal gives it: SIGINT to the whole foreground process group, which the setsid'd root leads.</summary>
    public void Interrupt()
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-INT", "--", $"-{Root.ToString(CultureInfo.InvariantCulture)}"]);
        kill.WaitForExit();
    }

    /// <summary>Ends whatever is left after a measurement gave up on it.</summary>
    public void KillLeft()
    {
        foreach (var (pid, _) in Alive())
        {
            System.Diagnostics.Process.Start("kill", ["-KILL", pid.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
        }
    }

    /// <summary>CPU seconds the living processes of the run have used so far: idle is when this stops growing.</summary>
    public double CpuSeconds() => Alive().Sum(p => Proc.CpuTicks(p.Pid)) / 100.0;

    private static class Proc
    {
        public static IEnumerable<(int Pid, int Parent, int Session, long Started, string Name, int[] Monitors)> All()
        {
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                // A zombie has exited and freed all it held; only its parent has yet to read the exit status (this machine's init
                // does that for orphans every second or two, so counting zombies measured the init, not the run).
                if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { Exited: false } stat)
                {
                    yield return (pid, stat.Parent, stat.Session, stat.Started, stat.Name, stat.Monitors);
                }
            }
        }

        public static long CpuTicks(int pid)
        {
            var fields = Fields(pid);
            return fields is null ? 0 : long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }

        public static long Field(int pid, string file, string name)
        {
            var line = Read($"/proc/{pid}/{file}")?.Split('\n').FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }

        private static (int Parent, int Session, long Started, string Name, int[] Monitors, bool Exited)? Stat(int pid)
        {
            var fields = Fields(pid);
            if (fields is null)
            {
                return null;
            }

            // The name as the command line says it (the executable's file and, for dotnet, its first argument), for the report.
            var command = (Read($"/proc/{pid}/cmdline") ?? string.Empty).Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var name = command.Length == 0 ? "(no command line)" : string.Join(' ', command.Take(2).Select(Path.GetFileName));
            int[] monitors = [.. command.Skip(1).Zip(command).Where(a => a.Second == "--monitor" && int.TryParse(a.First, out _)).Select(a => int.Parse(a.First, CultureInfo.InvariantCulture))];
            return (int.Parse(fields[1], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture), long.Parse(fields[19], CultureInfo.InvariantCulture), name, monitors,
                fields[0] is "Z" or "X");
        }

        // /proc/pid/stat after the command name in parentheses: state, ppid, pgrp, session, … (utime is [11], stime [12], starttime [19]).
        private static string[]? Fields(int pid)
        {
            var stat = Read($"/proc/{pid}/stat");
            var close = stat?.LastIndexOf(')') ?? -1;
            return close < 0 ? null : stat![(close + 2)..].Split(' ');
        }

        private static string? Read(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }
}
