using System.Diagnostics;
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

    public override string ToString() =>
        $"{Drill}: acknowledged {Acknowledged}, failed-then-retried {FailedThenRetried}, lost {Lost}, ledger {InLedger}, indicators {InIndicators}; answers {Answers}; unexpected {Unexpected.Count}; {Note}";
}

/// <summary>Kills one of two silos a third of the way into a steady ingest, then checks every acknowledged registration.</summary>
public static class SiloKillDrill
{
    public static async Task<DrillResult> Run(TimeSpan ingest, CancellationToken cancel)
    {
        using var data = new TempFolder();
        await using var app = await CollabApp.StartAsync("embedded", data.Path, cancel);
        using var manager = await ApiClients.As(app, "collaboration-manager");
        await DrillMember.Onboard(manager, "silokill");
        var silos = await app.SiloProcessIds();
        if (silos.Count != 2)
        {
            throw new InvalidOperationException($"Expected two silos, found {silos.Count}.");
        }

        var load = new SteadyRegistrations(manager, "silokill", clients: 4, pace: TimeSpan.FromMilliseconds(250));
        using var stop = new CancellationTokenSource(ingest);
        var running = load.Run(stop.Token);
        await Task.Delay(ingest / 3, cancel);
        // The silo that holds the drill member's grain: its registrations in flight are the ones at risk.
        await using var orleans = await app.ConnectClient();
        var host = await orleans.Client.GetGrain<IManagementGrain>(0).GetActivationAddress(orleans.Client.GetGrain<Contracts.Members.IMemberGrain>("silokill"));
        var victim = silos.FirstOrDefault(pid => host is not null && SiloPortOf(pid) == host.Endpoint.Port, silos[0]);
        using (var process = Process.GetProcessById(victim))
        {
            // The tree: Aspire may start the silo through a launcher process.
            process.Kill(entireProcessTree: true);
        }

        await running;
        var acknowledged = load.Acknowledged;
        var missing = await DrillMember.Missing(manager, acknowledged);
        await using var store = await ConnectionMultiplexer.ConnectAsync(await app.StoreConnectionString());
        var ledger = (long)await store.GetDatabase().StringGetAsync(LedgerKeys.Count);
        var indicators = await DrillMember.SessionsThisMonth(manager, "silokill", acknowledged.Count, TimeSpan.FromSeconds(60));
        var active = await Eventually.Until(
            async () => (await orleans.Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count, n => n == 1, TimeSpan.FromSeconds(60));
        return new DrillResult($"Silo kill ({ingest.TotalSeconds:N0} s ingest)", acknowledged.Count, load.FailedThenRetried, missing.Count, ledger, indicators, load.Answers, load.Unexpected)
        {
            ActiveSilos = active,
            Note = $"killed the silo {(host is null ? "(grain not found)" : "holding the member's grain")}; {active} silo active afterwards",
        };
    }

    // Aspire hands each replica its silo port in the environment.
    private static int? SiloPortOf(int pid)
    {
        var environment = File.ReadAllText($"/proc/{pid}/environ").Split('\0');
        var port = environment.FirstOrDefault(e => e.StartsWith("Orleans__Endpoints__SiloPort=", StringComparison.Ordinal))?.Split('=')[1];
        return int.TryParse(port, out var value) ? value : null;
    }
}
