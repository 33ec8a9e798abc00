using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Silo.Ledger;
using Collab.Silo.Members;
using Collab.Tests.Support;

namespace Collab.Tests.Drills;

/// <summary>
/// The write path is: ledger append (durable, then the answer), grain state snapshot (every N entries, after T, at
/// deactivation). Every silo is killed between those steps and a new cluster starts on the same store: every
/// acknowledged registration is counted, once. (The audit line is written after the answer; a crash before it means
/// no acknowledgement, and the client's retry with the same id is a duplicate: see the drills' retries.)
/// </summary>
public sealed class WritePathCrashTests
{
    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task Killed_after_appends_before_their_snapshot_every_registration_is_counted_once(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        await using (var cluster = await DomainCluster.StartAsync(store.Server.ConnectionString))
        {
            await cluster.Client.OnboardAsync(SampleMembers.Ocw(), SampleMembers.Ministry("ezk"));
            for (var i = 0; i < 12; i++)
            {
                Assert.Equal(RegistrationResult.Accepted, await cluster.Client.GetGrain<IMemberGrain>("ocw").Register(SampleActivities.Session($"s{i}", people: i)));
            }

            await cluster.KillAllSilosAsync();
        }

        await using var restarted = await DomainCluster.StartAsync(store.Server.ConnectionString);
        await AssertCounted(restarted, sessions: 12, peopleHelped: 66);
        // The same ids again after the crash are duplicates: not counted twice.
        Assert.Equal(RegistrationResult.Duplicate, await restarted.Client.GetGrain<IMemberGrain>("ocw").Register(SampleActivities.Session("s3", people: 3)));
        await AssertCounted(restarted, sessions: 12, peopleHelped: 66);
    }

    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task Killed_after_a_snapshot_and_more_appends_every_registration_is_counted_once(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        var first = Enumerable.Range(0, MemberGrain.SnapshotEvery + 5).Select(i => (IActivity)SampleActivities.Session($"a{i}", people: 1)).ToImmutableArray();
        await using (var cluster = await DomainCluster.StartAsync(store.Server.ConnectionString))
        {
            await cluster.Client.OnboardAsync(SampleMembers.Ocw(), SampleMembers.Ministry("ezk"));
            var grain = cluster.Client.GetGrain<IMemberGrain>("ocw");
            // Past SnapshotEvery: this call writes a snapshot; the next three are appended after it.
            Assert.All(await grain.RegisterMany(first), r => Assert.Equal(RegistrationResult.Accepted, r));
            Assert.All(await grain.RegisterMany([SampleActivities.Session("b0", people: 10), SampleActivities.Session("b1", people: 10), SampleActivities.Session("b2", people: 10)]),
                r => Assert.Equal(RegistrationResult.Accepted, r));
            await cluster.KillAllSilosAsync();
        }

        await using var restarted = await DomainCluster.StartAsync(store.Server.ConnectionString);
        await AssertCounted(restarted, sessions: MemberGrain.SnapshotEvery + 8, peopleHelped: MemberGrain.SnapshotEvery + 5 + 30);
    }

    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task A_snapshot_written_after_the_interval_and_a_crash_after_it_lose_nothing(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        await using (var cluster = await DomainCluster.StartAsync(store.Server.ConnectionString))
        {
            await cluster.Client.OnboardAsync(SampleMembers.Ocw(), SampleMembers.Ministry("ezk"));
            var grain = cluster.Client.GetGrain<IMemberGrain>("ocw");
            var onboarded = await store.Db.HashGetAsync(StateKey, "etag");
            Assert.False(onboarded.IsNull);
            Assert.Equal(RegistrationResult.Accepted, await grain.Register(SampleActivities.Session("t0", people: 4)));
            // The interval's snapshot is the only write after onboarding: wait (on the store) until its etag changes.
            var snapshot = await Eventually.Until(() => store.Db.HashGetAsync(StateKey, "etag"), e => e != onboarded, MemberGrain.SnapshotAfter * 4);
            Assert.NotEqual(onboarded, snapshot);
            Assert.Equal(RegistrationResult.Accepted, await grain.Register(SampleActivities.Session("t1", people: 5)));
            await cluster.KillAllSilosAsync();
        }

        await using var restarted = await DomainCluster.StartAsync(store.Server.ConnectionString);
        await AssertCounted(restarted, sessions: 2, peopleHelped: 9);
    }

    // Orleans' Redis grain storage: a hash (etag, data) under service id / state / grain id / state name.
    private const string StateKey = "collab-dashboard/state/member/ocw/member";

    private static async Task AssertCounted(DomainCluster cluster, int sessions, int peopleHelped)
    {
        var figures = await cluster.Client.GetGrain<IMemberGrain>("ocw").GetFigures();
        Assert.NotNull(figures);
        Assert.Equal(sessions, figures.Sequence);
        Assert.Equal(sessions, figures.Months.Values.Sum(m => m.SupportSessions));
        Assert.Equal(peopleHelped, figures.Months.Values.Sum(m => m.PeopleHelped));
        Assert.Equal(sessions, await cluster.Store.GetDatabase().ListLengthAsync(LedgerKeys.StreamOf("member", "ocw")));
    }
}
