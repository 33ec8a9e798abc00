using Collab.Benchmarks.Report;
using Collab.Benchmarks.Runs;

// Usage: dotnet run -c Release --project tests/Benchmarks -- all | ingest http live scale startup drills report [--quick]
var chosen = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
string[] every = ["ingest", "http", "live", "scale", "startup", "drills", "report"];
if (chosen.Count == 0 || chosen.Except([.. every, "all"]).Any())
{
    Console.Error.WriteLine($"Name what to run: all, or any of {string.Join(", ", every)}; add --quick for a short trial run.");
    return 2;
}

var all = chosen.Contains("all");
bool Runs(string name) => all || chosen.Contains(name);
var quick = args.Contains("--quick");
var repository = Repository.Root();
var table = new ResultTable();
var started = DateTimeOffset.UtcNow;

foreach (var mode in new[] { "embedded", "server" })
{
    if (!Runs("ingest") && !(mode == "embedded" && (Runs("http") || Runs("live"))))
    {
        continue;
    }

    await using var product = await ProductUnderTest.StartAsync(mode);
    if (Runs("ingest"))
    {
        await table.Attempt("Bulk ingest", () => BulkIngestBenchmark.Run(product, table, quick ? 2_000 : 20_000));
    }

    if (mode == "embedded" && Runs("http"))
    {
        await table.Attempt("HTTP single", () => HttpSingleBenchmark.Run(product, table, clients: 16, TimeSpan.FromSeconds(quick ? 3 : 15)));
    }

    if (mode == "embedded" && Runs("live"))
    {
        await table.Attempt("Live latency", () => LiveLatencyBenchmark.Run(product, table, subscriptions: 200, backgroundPerSecond: 1000, TimeSpan.FromSeconds(quick ? 5 : 20), browserProbes: quick ? 3 : 20));
    }
}

if (Runs("scale"))
{
    int[] sizes = args.FirstOrDefault(a => a.StartsWith("--members=", StringComparison.Ordinal)) is { } only
        ? [int.Parse(only["--members=".Length..], System.Globalization.CultureInfo.InvariantCulture)]
        : quick ? [150] : [150, 1_500, 15_000];
    // A loaded machine onboards slower than the default budget allows: --onboarding-minutes=N gives it longer.
    var onboarding = args.FirstOrDefault(a => a.StartsWith("--onboarding-minutes=", StringComparison.Ordinal)) is { } budget
        ? int.Parse(budget["--onboarding-minutes=".Length..], System.Globalization.CultureInfo.InvariantCulture)
        : quick ? 1 : 3;
    await table.Attempt("Scale", () => ScaleBenchmark.Run(table, sizes, TimeSpan.FromMinutes(onboarding)));
}

if (Runs("drills"))
{
    await table.Attempt("Drill", async () =>
    {
        // 200 single registrations a second over 8 connections, for 8 members spread over both silos.
        var kill = await Collab.Tests.Drills.Harness.SiloKillDrill.Run(TimeSpan.FromSeconds(quick ? 20 : 60), CancellationToken.None, clients: 8, pace: TimeSpan.FromMilliseconds(40), members: 8);
        table.Add(new Measurement("Drill", kill.Drill, $"lost {kill.Lost}", $"acknowledged {kill.Acknowledged}", "–", "lost = 0", kill.Lost == 0 && kill.Unexpected.Count == 0 && kill.InLedger == kill.Acknowledged && kill.InIndicators == kill.Acknowledged));
        table.Add(new Measurement("Drill", "Silo kill: seconds the killed silo's members were refused (503)", $"{kill.OutageSeconds:N1} s", $"load {File.ReadAllText("/proc/loadavg")[..14]}", "–", "≤ 5 s", kill.OutageSeconds <= 5));
        table.Add(new Measurement("Drill", "Silo kill: longest wait for an acknowledgement, registrations sent around the kill", kill.LongestWaitSeconds > 0 ? $"{kill.LongestWaitSeconds:N1} s" : "none over 1 s", "–", "–", "≤ 5 s", kill.LongestWaitSeconds <= 5));
        table.Add(new Measurement("Drill", "Silo kill: failed attempts sent after the kill for members on the surviving silo", $"{kill.SurvivorFailures}", "–", "–", "0", kill.SurvivorFailures == 0));
        table.Note(kill.ToString());
    });
    foreach (var mode in new[] { "embedded", "server" })
    {
        await table.Attempt("Drill", async () =>
        {
            var restart = await Collab.Tests.Drills.Harness.RestartDrill.Run(mode, TimeSpan.FromSeconds(quick ? 5 : 30), CancellationToken.None);
            table.Add(new Measurement("Drill", restart.Drill, $"lost {restart.Lost}", $"acknowledged {restart.Acknowledged}", "–", "lost = 0",
                restart.Lost == 0 && restart.Unexpected.Count == 0 && restart.InLedger == restart.Acknowledged && restart.InIndicators == restart.Acknowledged));
            table.Note(restart.ToString());
        });
    }
}

if (Runs("report"))
{
    await table.Attempt("Report", () => ReportBenchmark.Run(table, quick ? 150 : 1_500));
}

if (Runs("startup"))
{
    await table.Attempt("Start-up", () => StartupBenchmark.Run(repository, table));
}

table.Print();
var markdown = table.ToMarkdown(MachineInfo.Current(), started, $"dotnet run -c Release --project tests/Benchmarks -- {string.Join(' ', args)}");
var output = all && !quick ? Path.Combine(repository, "docs", "benchmarks.md") : Path.Combine(Path.GetTempPath(), "collab-benchmarks.md");
await File.WriteAllTextAsync(output, markdown);
Console.WriteLine($"Written to {output}");
return 0;
