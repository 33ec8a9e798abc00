using System.Globalization;
using Collab.Contracts.Activities;
using Collab.Contracts.Directory;
using Collab.Contracts.Indicators;
using Collab.Silo.Demo;
using Collab.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Collab.Tests.Grains;

/// <summary>Ctrl+C during the first start stops the demo load part-way; the next start finishes the same story, counting nothing twice.</summary>
public sealed class DemoResumeTests
{
    [Fact]
    public async Task A_demo_load_stopped_part_way_goes_on_at_the_next_start_and_counts_every_registration_once()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var data = new TempFolder();
        await using var store = new GarnetStoreServer(data.Path);
        await store.StartAsync();
        await using var cluster = await DomainCluster.StartAsync(store.ConnectionString);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(store.ConnectionString);
        var keys = redis.GetDatabase();

        var first = Seeder(cluster, redis);
        await first.StartAsync(cancel);
        await Eventually.Until(() => cluster.Client.GetGrain<IDirectoryGrain>(0).GetListing(), l => l.MemberIds.Count > 0, TimeSpan.FromSeconds(60));
        await first.StopAsync(cancel);
        Assert.False(await keys.KeyExistsAsync(DemoDataSeeder.LoadedKey));

        var second = Seeder(cluster, redis);
        await second.StartAsync(cancel);
        Assert.True(await Eventually.Until(() => keys.KeyExistsAsync(DemoDataSeeder.LoadedKey), loaded => loaded, TimeSpan.FromSeconds(120)));
        await second.StopAsync(cancel);

        var story = DemoStory.Generate(DateOnly.ParseExact((string)(await keys.StringGetAsync(DemoDataSeeder.StoryKey))!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        int Expected(string member) => story.Activities.Count(a => a.OwnerId == member && a is not ProcurementUpdate);
        var figures = await Eventually.Until(
            () => cluster.Client.GetGrain<ICollaborationGrain>(0).GetFigures(),
            f => story.Members.All(m => f.Members.TryGetValue(m.Id, out var mf) && mf.Sequence >= Expected(m.Id)),
            TimeSpan.FromSeconds(30));
        Assert.All(story.Members, m => Assert.Equal(Expected(m.Id), figures.Members[m.Id].Sequence));
    }

    private static DemoDataSeeder Seeder(DomainCluster cluster, IConnectionMultiplexer redis) =>
        new(cluster.Client, redis, TimeProvider.System, Options.Create(new DemoOptions { Load = true }), NullLogger<DemoDataSeeder>.Instance);
}
