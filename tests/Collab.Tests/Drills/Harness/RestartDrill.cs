using Collab.Silo.Ledger;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Drills.Harness;

/// <summary>Registers steadily, stops every process (AppHost and store included), starts again on the same data: every acknowledged registration is there.</summary>
public static class RestartDrill
{
    public static async Task<DrillResult> Run(string storeMode, TimeSpan ingest, CancellationToken cancel)
    {
        using var data = new TempFolder();
        IReadOnlyCollection<string> acknowledged;
        SteadyRegistrations load;
        await using (var first = await CollabApp.StartAsync(storeMode, data.Path, cancel))
        {
            using var manager = await ApiClients.As(first, "collaboration-manager");
            await DrillMember.Onboard(manager, "restart");
            load = new SteadyRegistrations(manager, "restart", clients: 4, pace: TimeSpan.FromMilliseconds(100));
            using var stop = new CancellationTokenSource(ingest);
            await load.Run(stop.Token);
            acknowledged = load.Acknowledged;
        }

        await using var second = await CollabApp.StartAsync(storeMode, data.Path, cancel);
        using var again = await ApiClients.As(second, "collaboration-manager");
        var missing = await DrillMember.Missing(again, acknowledged);
        await using var store = await ConnectionMultiplexer.ConnectAsync(await second.StoreConnectionString());
        var ledger = (long)await store.GetDatabase().StringGetAsync(LedgerKeys.Count);
        var indicators = await DrillMember.SessionsThisMonth(again, "restart", acknowledged.Count, TimeSpan.FromSeconds(30));
        return new DrillResult($"Full restart, {storeMode} ({ingest.TotalSeconds:N0} s ingest)", acknowledged.Count, load.FailedThenRetried, missing.Count, ledger, indicators, load.Answers, load.Unexpected);
    }
}
