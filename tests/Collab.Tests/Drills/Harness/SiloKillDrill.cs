using System.Diagnostics;
using System.Globalization;
using Collab.Silo.Ledger;
using Collab.Tests.Support;
using Orleans.Runtime;
using StackExchange.Redis;

namespace Collab.Tests.Drills.Harness;

/// <summary>What a drill counted: acknowledged, retried, lost, and what the ledger and the indicators hold afterwards.</summary>
public sealed record DrillResult(string Drill, int Acknowledged, int FailedThenRetried, int Lost, long InLedger, int InIndicators, string Answers, IReadOnlyCollection<string> Unexpected)
{
    public string Note { get; init; } = string.Empty;

    /// <summary>Silos the cluster counts as active at the end (the silo-kill drill: one, or the kill did not happen).</summary>
    public int? ActiveSilos { get; init; }

    /// <summary>The silo-kill drill: seconds from the kill to the last refused or failed attempt for a member the killed silo held.</summary>
    public double? OutageSeconds { get; init; }

    /// <summary>The silo-kill drill: the longest a registration sent around the kill waited for its acknowledgement, in seconds.</summary>
    public double? LongestWaitSeconds { get; init; }

    /// <summary>The silo-kill drill: attempts sent after the kill, for members the surviving silo held, that were not acknowledged (goal 0).</summary>
    public int? SurvivorFailures { get; init; }

    public override string ToString() =>
        $"{Drill}: acknowledged {Acknowledged}, failed-then-retried {FailedThenRetried}, lost {Lost}, ledger {InLedger}, indicators {InIndicators}; answers {Answers}; unexpected {Unexpected.Count}; {Note}";
}

/// <summary>
/// Kills one of two silos a third of the way into a steady ingest spread over members on both silos, then checks every
/// acknowledged registration, how long the killed silo's members were refused, and that the survivor's never were.
/// </summary>
public static class SiloKillDrill
{
    public static async Task<DrillResult> Run(TimeSpan ingest, CancellationToken cancel, int clients = 4, TimeSpan? pace = null, int members = 4)
    {
        using var data = new TempFolder();
        // The write limit per caller is for people; the drill's steady load (up to 200 a second) is not what it is about.
        await using var app = await CollabApp.StartAsync("embedded", data.Path, cancel, settings: "RateLimits:WritesPerMinute=1000000");
        using var manager = await ApiClients.As(app, "collaboration-manager");
        string[] ids = [.. Enumerable.Range(0, members).Select(m => $"silokill{m}")];
        foreach (var id in ids)
        {
            await DrillMember.Onboard(manager, id);
        }

        var silos = await app.SiloProcessIds();
        if (silos.Count != 2)
        {
            throw new InvalidOperationException($"Expected two silos, found {silos.Count}.");
        }

        await using var orleans = await app.ConnectClient();
        var management = orleans.Client.GetGrain<IManagementGrain>(0);
        var load = new SteadyRegistrations(manager, ids, clients, pace ?? TimeSpan.FromMilliseconds(250));
        using var stop = new CancellationTokenSource(ingest);
        var running = load.Run(stop.Token);
        await Task.Delay(ingest / 3, cancel);
        // Where each member's grain lives now (the load activated them): the first member's silo is killed.
        var hosts = new Dictionary<string, int?>();
        foreach (var id in ids)
        {
            hosts[id] = (await management.GetActivationAddress(orleans.Client.GetGrain<Contracts.Members.IMemberGrain>(id)))?.Endpoint.Port;
        }

        var victim = silos.FirstOrDefault(pid => hosts[ids[0]] is { } port && SiloPortOf(pid) == port, silos[0]);
        var victimPort = SiloPortOf(victim);
        var killedAt = DateTimeOffset.UtcNow;
        using (var process = Process.GetProcessById(victim))
        {
            process.Kill(entireProcessTree: true);
        }

        await running;
        var acknowledged = load.Acknowledged;
        var missing = await DrillMember.Missing(manager, acknowledged);
        await using var store = await ConnectionMultiplexer.ConnectAsync(await app.StoreConnectionString());
        var ledger = (long)await store.GetDatabase().StringGetAsync(LedgerKeys.Count);
        var indicators = 0;
        foreach (var id in ids)
        {
            var expected = acknowledged.Count(a => a.StartsWith(id + "-", StringComparison.Ordinal));
            indicators += await DrillMember.SessionsThisMonth(manager, id, expected, TimeSpan.FromSeconds(60));
        }

        var active = await Eventually.Until(() => ActiveSilos(management), n => n == 1, TimeSpan.FromSeconds(60));
        var afterKill = load.Failures.Where(f => f.At >= killedAt).ToList();
        var onVictim = ids.Where(id => hosts[id] == victimPort).ToHashSet();
        var outage = afterKill.Where(f => onVictim.Contains(f.Member)).Select(f => (f.At - killedAt).TotalSeconds).DefaultIfEmpty(0).Max();
        // A request already on its way through the killed silo (its gateway) when it died is lost with it and waits for a timeout;
        // one sent after the kill must find the surviving silo.
        var survivorFailures = afterKill.Count(f => !onVictim.Contains(f.Member) && f.Sent >= killedAt);
        var survivorInFlight = afterKill.Count(f => !onVictim.Contains(f.Member) && f.Sent < killedAt);
        var longestWait = load.SlowAnswers.Where(a => a.At >= killedAt).Select(a => (a.At - a.Sent).TotalSeconds).DefaultIfEmpty(0).Max();
        return new DrillResult($"Silo kill ({ingest.TotalSeconds:N0} s ingest, {clients} clients, {members} members)", acknowledged.Count, load.FailedThenRetried, missing.Count, ledger, indicators, load.Answers, load.Unexpected)
        {
            ActiveSilos = active,
            OutageSeconds = outage,
            SurvivorFailures = survivorFailures,
            LongestWaitSeconds = longestWait,
            Note = string.Create(CultureInfo.InvariantCulture,
                $"killed the silo holding {onVictim.Count} of {members} members; their registrations refused or failed until {outage:N1} s after the kill; the longest wait for an acknowledgement {(longestWait > 0 ? longestWait.ToString("N1", CultureInfo.InvariantCulture) + " s" : "under 1 s")}; {survivorFailures} attempts sent after the kill failed for the {members - onVictim.Count} members on the surviving silo ({survivorInFlight} in flight at the kill); {active} silo active afterwards"),
        };
    }

    // The drill's own client may still be connected through the killed silo's gateway: not an answer yet, ask again.
    private static async Task<int> ActiveSilos(IManagementGrain management)
    {
        try
        {
            return (await management.GetHosts(onlyActive: true)).Count;
        }
        catch (Exception ex) when (ex is Orleans.Runtime.Messaging.ConnectionFailedException or SiloUnavailableException or TimeoutException)
        {
            return -1;
        }
    }

    // Aspire hands each replica its silo port in the environment.
    private static int? SiloPortOf(int pid)
    {
        var environment = File.ReadAllText($"/proc/{pid}/environ").Split('\0');
        var port = environment.FirstOrDefault(e => e.StartsWith("Orleans__Endpoints__SiloPort=", StringComparison.Ordinal))?.Split('=')[1];
        return int.TryParse(port, out var value) ? value : null;
    }
}
