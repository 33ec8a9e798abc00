using System.Diagnostics;
using System.Globalization;
using Collab.Benchmarks.Report;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Tests.Support;

namespace Collab.Benchmarks.Runs;

/// <summary>
/// Members with a year of registrations (one support session a month each, some for an initiative) and 500 initiatives:
/// the overview's and the comparison's server render time, and silo memory per member grain, at growing sizes.
/// </summary>
public static class ScaleBenchmark
{
    private const int Initiatives = 500;

    public static async Task Run(ResultTable table, IReadOnlyList<int> sizes, TimeSpan onboardingBudget)
    {
        foreach (var members in sizes)
        {
            await using var product = await ProductUnderTest.StartAsync("embedded");
            var idle = await SiloMemoryMiB(product.App);
            var idleCollected = await SiloMemoryAfterFullGcMiB(product);
            var idleSettled = await SiloMemorySettledMiB(product.App);
            var clock = Stopwatch.StartNew();
            using var budget = new CancellationTokenSource(onboardingBudget);
            var onboarded = await product.EnsureMembers(members, budget.Token);
            var onboarding = clock.Elapsed;
            if (onboarded < members)
            {
                table.Add(new Measurement("Scale", $"{members:N0} members: onboarding", $"{onboarded:N0} in {onboarding.TotalSeconds:N0} s", "–", "–", "≤ 1 s render", false));
                table.Note($"Scale {members:N0}: onboarding stopped after the budget of {onboardingBudget.TotalMinutes:N0} min ({onboarded / onboarding.TotalSeconds:N0} members/s); each onboarding rewrites the whole directory listing, which grows with the members.");
                continue;
            }

            await CreateInitiatives(product, members);
            clock.Restart();
            await YearOfData(product, members);
            var seeded = clock.Elapsed;
            // Followed the way a Dashboard process follows the view: by what changed since its copy (the whole view only once).
            var copy = new ViewCopy(product.Orleans.Client);
            var complete = await Eventually.Until(copy.Read, f => f.Members.Count == members && f.Members.Values.All(m => m.Sequence >= 12), TimeSpan.FromMinutes(5));
            var caughtUp = clock.Elapsed;
            var read = await ViewReadTime(product);
            var delta = await Median(copy.Read);
            var overview = await RenderTime(PageClients.Anonymous(product.App), "/");
            var manager = await PageClients.SignedIn(product.App, "collaboration-manager", null);
            var comparison = await RenderTime(manager, "/vergelijking", dispose: false);
            var sorted = await RenderTime(manager, "/vergelijking?sorteer=member&richting=oplopend&pagina=3", dispose: false);
            var member = await RenderTime(manager, $"/leden/{Workload.MemberId(members / 2)}", dispose: false);
            var initiative = await RenderTime(manager, "/initiatieven/i0250");
            var memory = await SiloMemoryMiB(product.App);
            var perMember = (memory - idle) * 1024 / members;
            var collected = await SiloMemoryAfterFullGcMiB(product);
            var perMemberCollected = (collected - idleCollected) * 1024 / members;
            var settled = await SiloMemorySettledMiB(product.App);
            var perMemberSettled = (settled - idleSettled) * 1024 / members;
            var lag = await ViewLag.Measure(product.Orleans.Client, members, 1_000, TimeSpan.FromSeconds(15));
            table.Add(new Measurement("Scale", $"{members:N0} members, {Initiatives} initiatives, 12 months: overview render", $"{overview:N0} ms", "–", "–", "≤ 0.5 s", overview <= 500));
            table.Add(new Measurement("Scale", $"{members:N0} members: comparison render (page 1 of 50 rows)", $"{comparison:N0} ms", "–", "–", "≤ 1 s", comparison <= 1000));
            table.Add(new Measurement("Scale", $"{members:N0} members: comparison sorted by name, page 3", $"{sorted:N0} ms", "–", "–", "≤ 1 s", sorted <= 1000));
            table.Add(new Measurement("Scale", $"{members:N0} members: member page render", $"{member:N0} ms", "–", "–", "≤ 0.3 s", member <= 300));
            table.Add(new Measurement("Scale", $"{members:N0} members: initiative page render", $"{initiative:N0} ms", "–", "–", "≤ 0.3 s", initiative <= 300));
            table.Add(new Measurement("Scale", $"{members:N0} members: answer → in the cross-member view, 1,000 regs/s", lag.ToString(), $"max {lag.Max:N0} ms", "–", "≤ 2 s", lag.Max <= 2000));
            table.Add(new Measurement("Scale", $"{members:N0} members: (diagnostic) a dashboard's first read of the whole view, in parts", $"{read:N0} ms", "–", "–", "–", null));
            table.Add(new Measurement("Scale", $"{members:N0} members: (diagnostic) read of what changed since a copy", $"{delta:N1} ms", "–", "–", "–", null));
            table.Add(new Measurement("Scale", $"{members:N0} members: silo memory per member grain", $"{perMember:N1} KiB", $"{idle:N0} MiB idle", "–", "≤ 64 KB", perMember <= 62.5));
            table.Add(new Measurement("Scale", $"{members:N0} members: silo memory per member grain, both silos after a full GC", $"{perMemberCollected:N1} KiB", $"{idleCollected:N0} MiB idle", "–", "≤ 64 KB", perMemberCollected <= 62.5));
            table.Add(new Measurement("Scale", $"{members:N0} members: silo memory per member grain, settled after the full GC", $"{perMemberSettled:N1} KiB", $"{idleSettled:N0} MiB idle", "–", "≤ 64 KB", perMemberSettled <= 62.5));
            table.Note($"Scale {members:N0}: onboarding {onboarding.TotalSeconds:N1} s; a year of data ({members * 12:N0} registrations) {seeded.TotalSeconds:N1} s, in the collaboration view after {caughtUp.TotalSeconds:N1} s{(complete.Members.Count == members ? "" : " (not complete!)")}; silo memory {idle:N0} → {memory:N0} MiB (both silos, resident), after a full GC {idleCollected:N0} → {collected:N0} MiB, settled {idleSettled:N0} → {settled:N0} MiB; render = median of 5 server renders after one warm-up; lag over {lag.Count} probes (one per 200 ms) beside 1,000 registrations/s spread over every member; load average {MachineLoad()}.");
        }
    }

    private static Task CreateInitiatives(ProductUnderTest product, int members) =>
        Parallel.ForEachAsync(Enumerable.Range(0, Initiatives), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var lead = Workload.MemberId(i % members);
            var profile = new InitiativeProfile($"i{i:D4}", $"Initiatief {i}", $"Initiative {i}", InitiativeKind.SupportProgramme, lead,
                [lead, Workload.MemberId((i + 1) % members)], new DateOnly(2024, 1, 1), null,
                System.Collections.Immutable.ImmutableDictionary<Indicator, decimal>.Empty.Add(Indicator.SupportSessions, 100));
            var result = await product.Orleans.Client.GetGrain<IInitiativeGrain>(profile.Id).SetProfile(profile);
            if (!result.IsCounted)
            {
                throw new InvalidOperationException($"Initiative {i} was refused: {string.Join(", ", result.Errors)}");
            }
        });

    /// <summary>One support session per member per month for the last twelve months, through the bulk grain path.</summary>
    private static Task YearOfData(ProductUnderTest product, int members)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return Parallel.ForEachAsync(Enumerable.Range(0, members), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (m, _) =>
        {
            var id = Workload.MemberId(m);
            var year = Enumerable.Range(0, 12).Select(month => (IActivity)new SupportSession($"{id}-y{month}", today.AddMonths(-month), id, Workload.MemberId((m + 1) % members),
                month % 3 == 0 ? $"i{m % Initiatives:D4}" : null, SupportFormat.PopUpStore, [SupportTopic.Dms], 3, 60, 0, null));
            await product.Orleans.Client.GetGrain<IMemberGrain>(id).RegisterMany([.. year]);
        });
    }

    /// <summary>What a dashboard process does once when it starts: the whole collaboration view through Orleans, in parts (median of 5).</summary>
    private static async Task<double> ViewReadTime(ProductUnderTest product)
    {
        var view = product.Orleans.Client.GetGrain<Contracts.Indicators.ICollaborationGrain>(0);
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await Contracts.Indicators.ViewFollowing.Next(view, (Guid.Empty, Contracts.Indicators.CollaborationFigures.Empty));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(2);
    }

    private static async Task<double> Median(Func<Task> read)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await read();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times.Order().ElementAt(2);
    }

    private static string MachineLoad() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task<double> RenderTime(HttpClient client, string path, bool dispose = true)
    {
        using (dispose ? client : null)
        {
            (await client.GetAsync(path)).EnsureSuccessStatusCode();
            var times = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            return times.Order().ElementAt(2);
        }
    }

    /// <summary>Resident memory of both silo processes and their children, in MiB.</summary>
    // What the grains hold, without the garbage a collection would free: Orleans' own management call collects on every silo.
    private static async Task<double> SiloMemoryAfterFullGcMiB(ProductUnderTest product)
    {
        var management = product.Orleans.Client.GetGrain<Orleans.Runtime.IManagementGrain>(0);
        var hosts = await management.GetHosts(onlyActive: true);
        await management.ForceGarbageCollection([.. hosts.Keys]);
        return await SiloMemoryMiB(product.App);
    }

    // The collector hands freed regions back to the system over seconds: resident once it stops falling (1 % over 5 s, at most a minute).
    private static async Task<double> SiloMemorySettledMiB(CollabApp app)
    {
        var readings = new List<double> { await SiloMemoryMiB(app) };
        for (var second = 0; second < 60 && !(readings.Count > 5 && readings[^6] - readings[^1] < readings[^1] / 100); second++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            readings.Add(await SiloMemoryMiB(app));
        }

        return readings[^1];
    }

    private static async Task<double> SiloMemoryMiB(CollabApp app)
    {
        var total = 0L;
        foreach (var pid in await app.SiloProcessIds())
        {
            total += ProcessTree.Of(pid).Sum(ProcessTree.ResidentKiB);
        }

        return total / 1024d;
    }
}
