using System.Collections.Concurrent;
using System.Text.Json;
using Collab.Dashboard.Audit;
using Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Collab.Tests.Store;

/// <summary>Audit lines of concurrent requests share RPUSHes, yet each writer hears "done" only when its own line is stored.</summary>
public sealed class AuditGroupCommitTests
{
    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task Concurrent_lines_are_each_stored_once_before_their_writer_continues(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        var trail = Trail(store.Connection);
        var missingWhenDone = new ConcurrentBag<string>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 600), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
        {
            await trail.WriteAsync(Line(i));
            // Done means stored: the line is in the list the moment the writer continues.
            var stored = await store.Db.ListRangeAsync("{audit}:lines");
            if (!stored.Any(v => v.ToString().Contains($"/api/v1/support-sessions/r{i}\"", StringComparison.Ordinal)))
            {
                missingWhenDone.Add($"r{i}");
            }
        });

        Assert.Empty(missingWhenDone);
        var lines = (await store.Db.ListRangeAsync("{audit}:lines")).Select(v => JsonSerializer.Deserialize<AuditLine>(v.ToString(), JsonSerializerOptions.Web)!).ToArray();
        Assert.Equal(600, lines.Length);
        Assert.Equal(Enumerable.Range(0, 600).Select(i => $"/api/v1/support-sessions/r{i}").Order(), lines.Select(l => l.Object).Order());
    }

    [Fact]
    public async Task When_the_store_cannot_take_the_group_every_writer_in_it_hears_the_failure()
    {
        await using var store = await RunningStore.StartAsync(StoreServers.RedisServer);
        var options = ConfigurationOptions.Parse(store.Server.ConnectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
        var trail = Trail(connection);
        await trail.WriteAsync(Line(0));

        await store.Server.StopAsync();
        var writes = Enumerable.Range(1, 20).Select(i => trail.WriteAsync(Line(i))).ToArray();

        foreach (var write in writes)
        {
            await Assert.ThrowsAnyAsync<RedisException>(() => write);
        }
    }

    private static AuditTrail Trail(IConnectionMultiplexer connection)
    {
        var services = new ServiceCollection().AddKeyedSingleton("redis", connection).AddSingleton<AuditTrail>().BuildServiceProvider();
        return services.GetRequiredService<AuditTrail>();
    }

    private static AuditLine Line(int i) =>
        new(DateTimeOffset.UnixEpoch.AddSeconds(i), "registrar:ocw", "POST", $"/api/v1/support-sessions/r{i}", "201", "127.0.0.1");
}
