using Collab.Silo.Ledger;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Store;

/// <summary>
/// Garnet recovers by running each logged ledger procedure again: a restart on the same data folder must give
/// exactly the ledger that was acknowledged (every key the append writes), not a second count of anything.
/// </summary>
public sealed class LedgerAofReplayTests
{
    [Fact]
    public async Task Replaying_the_procedure_from_the_AOF_gives_the_same_ledger()
    {
        await using var store = await RunningStore.StartAsync(StoreServers.Garnet);
        var ledger = new ActivityLedger(store.Connection, TimeProvider.System);
        var ocw = LedgerKeys.StreamOf("member", "ocw");
        var ezk = LedgerKeys.StreamOf("member", "ezk");
        // New entries, repeats, conflicts and a second stream, concurrently: replay must follow the order the store ran them in.
        await Task.WhenAll(
            ledger.AppendManyAsync(ocw, [.. Enumerable.Range(0, 300).Select(i => SampleActivities.Session($"o{i}"))]),
            ledger.AppendManyAsync(ezk, [.. Enumerable.Range(0, 120).Select(i => SampleActivities.Session($"e{i}", "ezk", "ocw"))]));
        await ledger.AppendManyAsync(ocw, [SampleActivities.Session("o5"), SampleActivities.Session("o6", people: 1), SampleActivities.Session("o300")]);
        Assert.Equal("procedure", ledger.AppendWay);
        var before = await Snapshot(store.Db, ocw, ezk);

        await store.RestartAsync();

        // No checkpoint was taken (the AOF lives beside them): what the restarted store holds came from replaying the log.
        var checkpoints = Path.Combine(store.Folder, "checkpoints");
        Assert.Empty(Directory.Exists(checkpoints) ? Directory.EnumerateFiles(checkpoints, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(checkpoints, f)).Where(f => !f.StartsWith("AOF", StringComparison.Ordinal)) : []);
        var after = await Snapshot(store.Db, ocw, ezk);
        Assert.Equal(before, after);
        // Worked out by hand: 300 + 120 + one new (o300); o5 repeated and o6 in conflict add nothing.
        Assert.Equal("421", after.Count);
        Assert.Equal(301, after.Ocw.Length);
    }

    private static async Task<LedgerDump> Snapshot(IDatabase db, string ocw, string ezk) => new(
        (string?)await db.StringGetAsync(LedgerKeys.Count),
        [.. (await db.ListRangeAsync(ocw)).Select(v => (string)v!)],
        [.. (await db.ListRangeAsync(ezk)).Select(v => (string)v!)],
        [.. (await db.HashGetAllAsync(LedgerKeys.Ids)).Select(e => $"{e.Name}={e.Value}").Order()],
        [.. (await db.HashGetAllAsync(LedgerKeys.Where)).Select(e => $"{e.Name}={e.Value}").Order()],
        [.. (await db.SetMembersAsync(LedgerKeys.Streams)).Select(v => (string)v!).Order()]);

    private sealed record LedgerDump(string? Count, string[] Ocw, string[] Ezk, string[] Ids, string[] Where, string[] Streams)
    {
        public bool Equals(LedgerDump? other) => other is not null && Count == other.Count && Ocw.SequenceEqual(other.Ocw)
            && Ezk.SequenceEqual(other.Ezk) && Ids.SequenceEqual(other.Ids) && Where.SequenceEqual(other.Where) && Streams.SequenceEqual(other.Streams);

        public override int GetHashCode() => HashCode.Combine(Count, Ocw.Length, Ids.Length);
    }
}
