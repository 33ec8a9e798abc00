using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Store;

/// <summary>
/// What the product needs from its store, checked against embedded Garnet and a real redis-server alike:
/// only commands both servers have (Garnet has no Streams), atomic Lua, and acknowledged writes that survive a restart.
/// </summary>
public sealed class StoreContractTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task Strings_hashes_lists_and_sorted_sets_round_trip(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        var db = store.Db;

        await db.StringSetAsync("s", "waarde");
        await db.HashSetAsync("h", [new("ocw", 3), new("ezk", 5)]);
        await db.ListRightPushAsync("l", ["a", "b", "c"]);
        await db.SortedSetAddAsync("z", [new("feb", 2), new("jan", 1), new("mar", 3)]);

        Assert.Equal("waarde", (string?)await db.StringGetAsync("s"));
        Assert.Equal(5, (int)await db.HashGetAsync("h", "ezk"));
        Assert.Equal(["b", "c"], (await db.ListRangeAsync("l", 1, -1)).Select(v => (string?)v));
        Assert.Equal(["jan", "feb"], (await db.SortedSetRangeByScoreAsync("z", 1, 2)).Select(v => (string?)v));
    }

    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task A_Lua_script_checks_and_writes_atomically(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        var db = store.Db;
        // The shape Orleans grain storage uses: write only when the stored etag is the expected one.
        const string script = """
            local current = redis.call('HGET', KEYS[1], 'etag')
            if current ~= ARGV[1] and not (current == false and ARGV[1] == '') then return 0 end
            redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'data', ARGV[3])
            return 1
            """;

        var first = (int)await db.ScriptEvaluateAsync(script, ["grain"], ["", "1", "one"]);
        var stale = (int)await db.ScriptEvaluateAsync(script, ["grain"], ["", "2", "two"]);
        var next = (int)await db.ScriptEvaluateAsync(script, ["grain"], ["1", "2", "two"]);

        Assert.Equal([1, 0, 1], [first, stale, next]);
        Assert.Equal("two", (string?)await db.HashGetAsync("grain", "data"));
    }

    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task A_transaction_applies_all_or_nothing(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        var db = store.Db;

        var refused = db.CreateTransaction();
        refused.AddCondition(Condition.KeyNotExists("ledger:ids"));
        _ = refused.ListRightPushAsync("ledger", "r1");
        await db.StringSetAsync("ledger:ids", "taken");
        Assert.False(await refused.ExecuteAsync());

        var accepted = db.CreateTransaction();
        accepted.AddCondition(Condition.KeyExists("ledger:ids"));
        _ = accepted.ListRightPushAsync("ledger", "r1");
        _ = accepted.HashIncrementAsync("totals", "sessions", 1);
        Assert.True(await accepted.ExecuteAsync());

        Assert.Equal(1, await db.ListLengthAsync("ledger"));
        Assert.Equal(1, (int)await db.HashGetAsync("totals", "sessions"));
    }

    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task A_published_change_notice_reaches_a_subscriber(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        var connection = store.Connection;
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var channel = RedisChannel.Literal("changes");
        await connection.GetSubscriber().SubscribeAsync(channel, (_, message) => received.TrySetResult(message!));

        await connection.GetSubscriber().PublishAsync(channel, "member:ocw");

        Assert.Equal("member:ocw", await received.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel));
    }

    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task Acknowledged_writes_survive_a_restart_on_the_same_data(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        for (var i = 0; i < 100; i++)
        {
            await store.Db.ListRightPushAsync("ledger", $"registration-{i}");
        }

        await store.Db.HashSetAsync("member:ocw", "fte", "12.5");
        await store.Db.ScriptEvaluateAsync("redis.call('SET', KEYS[1], ARGV[1])", ["by-lua"], ["kept"]);

        await store.RestartAsync();

        var reread = store.Db;
        Assert.Equal(100, await reread.ListLengthAsync("ledger"));
        Assert.Equal("registration-99", (string?)await reread.ListGetByIndexAsync("ledger", -1));
        Assert.Equal("12.5", (string?)await reread.HashGetAsync("member:ocw", "fte"));
        Assert.Equal("kept", (string?)await reread.StringGetAsync("by-lua"));
    }

    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task A_value_larger_than_the_embedded_stores_log_page_is_kept_across_a_restart(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        // A grain's state (a period's fixed versions at 15,000 members, say) can outgrow one AOF page: it must not be refused or lost.
        var large = new string('v', Collab.AppHost.Store.EmbeddedGarnet.AofPageBytes + (1 << 20));
        await store.Db.StringSetAsync("large:string", large);
        await store.Db.ScriptEvaluateAsync("redis.call('HSET', KEYS[1], 'data', ARGV[1])", ["large:grain"], [large]);

        await store.RestartAsync();

        Assert.Equal(large.Length, await store.Db.StringLengthAsync("large:string"));
        Assert.Equal(large, (string?)await store.Db.HashGetAsync("large:grain", "data"));
    }
}
