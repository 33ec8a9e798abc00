using Collab.Contracts.Activities;
using Collab.Silo.Ledger;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Store;

/// <summary>
/// One ledger append, two implementations (Garnet's C# procedure, Lua on redis-server): the same cases, the same
/// answers and the same keys on both. Expected values are worked out by hand from the inputs.
/// </summary>
public sealed class LedgerAppendContractTests
{
    private static readonly string Stream = LedgerKeys.StreamOf("member", "ocw");

    public static TheoryData<string, string> StoresAndWays => new()
    {
        { StoreServers.Garnet, "procedure" },
        { StoreServers.RedisServer, "script" },
    };

    [Fact]
    public void The_silo_calls_the_procedure_by_the_name_the_embedded_store_registers() =>
        Assert.Equal(Collab.AppHost.Store.LedgerAppendProcedure.Name, LedgerAppender.ProcedureName);

    [Theory]
    [MemberData(nameof(StoresAndWays))]
    public async Task New_ids_are_appended_in_order_and_indexed(string serverName, string expectedWay)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        var ledger = new ActivityLedger(store.Connection, TimeProvider.System);

        var appends = await ledger.AppendManyAsync(Stream, [Session("a"), Session("b"), Session("c")]);

        Assert.Equal(expectedWay, ledger.AppendWay);
        Assert.Equal([(LedgerAppendStatus.Appended, 0L), (LedgerAppendStatus.Appended, 1L), (LedgerAppendStatus.Appended, 2L)], appends.Select(a => (a.Status, a.Position)));
        Assert.Equal(["a", "b", "c"], (await ledger.ReadAsync(Stream)).Select(e => e.Activity.GetProperty("id").GetString()));
        Assert.Equal(3, await LedgerReads.CountAsync(store.Db));
        Assert.Equal($"{LedgerEntry.ContentHash(Session("b"))}|1", (string?)await store.Db.HashGetAsync(LedgerKeys.Ids, "b"));
        Assert.Equal(Stream, (string?)await store.Db.HashGetAsync(LedgerKeys.Where, "c"));
        Assert.Equal([Stream], (await store.Db.SetMembersAsync(LedgerKeys.Streams)).Select(v => (string?)v));
        Assert.Equal("c", (await ledger.FindAsync("c"))?.Activity.GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(StoresAndWays))]
    public async Task A_repeat_is_already_there_and_other_content_under_a_used_id_is_a_conflict(string serverName, string expectedWay)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        var ledger = new ActivityLedger(store.Connection, TimeProvider.System);
        await ledger.AppendManyAsync(Stream, [Session("a"), Session("b")]);

        // In one call: b again (same content), a with other content, a new d, d again, d with other content.
        var appends = await ledger.AppendManyAsync(Stream, [Session("b"), Session("a", people: 99), Session("d"), Session("d"), Session("d", people: 7)]);

        Assert.Equal(expectedWay, ledger.AppendWay);
        Assert.Equal(
            [(LedgerAppendStatus.AlreadyThere, 1L), (LedgerAppendStatus.Conflict, 0L), (LedgerAppendStatus.Appended, 2L), (LedgerAppendStatus.AlreadyThere, 2L), (LedgerAppendStatus.Conflict, 2L)],
            appends.Select(a => (a.Status, a.Position)));
        Assert.Equal(3, await store.Db.ListLengthAsync(Stream));
        Assert.Equal(3, await LedgerReads.CountAsync(store.Db));
        Assert.Equal(10, (await ledger.FindAsync("a"))?.Activity.GetProperty("peopleHelped").GetInt32());
    }

    [Theory]
    [MemberData(nameof(StoresAndWays))]
    public async Task Appends_to_two_streams_keep_their_own_positions_and_one_count(string serverName, string expectedWay)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        var ledger = new ActivityLedger(store.Connection, TimeProvider.System);
        var other = LedgerKeys.StreamOf("member", "ezk");

        var first = await ledger.AppendManyAsync(Stream, [Session("a"), Session("b")]);
        var second = await ledger.AppendManyAsync(other, [Session("x", provider: "ezk", host: "ocw")]);
        // More than one chunk in one call: 450 entries are three atomic appends, positions go on across them.
        var many = await ledger.AppendManyAsync(Stream, [.. Enumerable.Range(0, 450).Select(i => Session($"m{i}"))]);

        Assert.Equal(expectedWay, ledger.AppendWay);
        Assert.Equal([0L, 1L], first.Select(a => a.Position));
        Assert.Equal([0L], second.Select(a => a.Position));
        Assert.Equal(Enumerable.Range(2, 450).Select(i => (long)i), many.Select(a => a.Position));
        Assert.All(many, a => Assert.Equal(LedgerAppendStatus.Appended, a.Status));
        Assert.Equal(453, await LedgerReads.CountAsync(store.Db));
        Assert.Equal(other, (string?)await store.Db.HashGetAsync(LedgerKeys.Where, "x"));
        Assert.Equal([other, Stream], (await store.Db.SetMembersAsync(LedgerKeys.Streams)).Select(v => (string)v!).Order());
    }

    private static SupportSession Session(string id, string provider = "ocw", string host = "ezk", int people = 10) =>
        SampleActivities.Session(id, provider, host, people);
}
