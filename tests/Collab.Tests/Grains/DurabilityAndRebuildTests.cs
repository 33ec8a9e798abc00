using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Tests.Support;

namespace Collab.Tests.Grains;

/// <summary>On the real store (embedded Garnet and redis-server): a restarted cluster has everything, and the figures rebuilt from the ledger equal the kept ones.</summary>
public sealed class DurabilityAndRebuildTests
{
    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task Everything_acknowledged_is_there_after_a_restart_and_a_rebuild_from_the_ledger_gives_the_same_figures(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        var period = Period.Year(2024);
        CollaborationFigures before;
        await using (var cluster = await DomainCluster.StartAsync(store.Server.ConnectionString))
        {
            await cluster.Client.OnboardAsync(SampleMembers.Ocw(), SampleMembers.Ministry("ezk"), SampleMembers.Duo());
            for (var i = 0; i < 30; i++)
            {
                var date = new DateOnly(2024, (i % 12) + 1, 5);
                await cluster.Client.GetGrain<IMemberGrain>("ocw").Register(SampleActivities.Session($"s{i}", people: i, date: date));
                await cluster.Client.GetGrain<IMemberGrain>("ezk").Register(SampleActivities.Contact($"c{i}", from: "ezk", to: i % 3 == 0 ? null : "duo", days: 0.5m * i, date: date));
            }

            before = await Collaboration(cluster, expectedMembers: 3);
        }

        await store.RestartAsync();
        await using var restarted = await DomainCluster.StartAsync(store.Server.ConnectionString);
        var after = await Collaboration(restarted, expectedMembers: 3);
        Assert.Equal(IndicatorCalculator.ForCollaboration(before, period), IndicatorCalculator.ForCollaboration(after, period), SnapshotComparer.Instance);

        foreach (var id in new[] { "ocw", "ezk", "duo" })
        {
            var kept = await restarted.Client.GetGrain<IMemberGrain>(id).GetFigures();
            var rebuilt = await restarted.Client.GetGrain<IMemberGrain>(id).RebuildFromLedger();
            Assert.Equal(kept!.Sequence, rebuilt!.Sequence);
            Assert.Equal(
                IndicatorCalculator.ForMember(before, id, period),
                IndicatorCalculator.ForMember(after with { Members = after.Members.SetItem(id, rebuilt) }, id, period),
                SnapshotComparer.Instance);
        }
    }

    // Both registering members must have reached the view: each member's figures arrive in their own flush.
    private static Task<CollaborationFigures> Collaboration(DomainCluster cluster, int expectedMembers) =>
        Eventually.Until(() => cluster.Client.GetGrain<ICollaborationGrain>(0).GetFigures(), f => f.Members.Count == expectedMembers && f.Members["ezk"].Sequence == 30 && f.Members["ocw"].Sequence == 30,
            TimeSpan.FromSeconds(10));
}
