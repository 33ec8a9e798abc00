using System.Globalization;
using Collab.Contracts.Directory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Collab.Silo.Demo;

/// <summary>
/// Loads the demo story once, when the store is still empty; registered in Development only, and idle when <c>Demo:Load</c> is false.
/// A lock in the store makes sure one silo loads while the other waits its turn. A load stopped part-way (Ctrl+C during the first
/// start) goes on at the next start with the same story: registrations carry their ids, so none is counted twice.
/// </summary>
public sealed class DemoDataSeeder(
    IGrainFactory grains,
    [FromKeyedServices("redis")] IConnectionMultiplexer redis,
    TimeProvider time,
    IOptions<DemoOptions> options,
    ILogger<DemoDataSeeder> logger) : BackgroundService
{
    private const string LockKey = "{demo}:loading";
    // The day the story was told for, kept from the first start on, so a load that goes on tells the same story.
    public const string StoryKey = "{demo}:story";
    public const string LoadedKey = "{demo}:loaded";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Load)
        {
            return;
        }

        var store = redis.GetDatabase();
        try
        {
            if (await store.KeyExistsAsync(LoadedKey)
                || !await store.StringSetAsync(LockKey, Environment.MachineName, TimeSpan.FromMinutes(10), When.NotExists))
            {
                return;
            }

            try
            {
                await LoadOnce(store, stoppingToken);
            }
            finally
            {
                // At once, also when stopped part-way: the next start need not wait for the lock to expire.
                await store.KeyDeleteAsync(LockKey);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Loading the demo data stopped part-way; the next start goes on with it");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading the demo data failed");
        }
    }

    private async Task LoadOnce(IDatabase store, CancellationToken stoppingToken)
    {
        var story = await store.StringGetAsync(StoryKey);
        if (story.IsNull)
        {
            if ((await grains.GetGrain<IDirectoryGrain>(0).GetListing()).MemberIds.Count > 0)
            {
                logger.LogInformation("The store holds members already: no demo data loaded");
                return;
            }

            story = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await store.StringSetAsync(StoryKey, story);
        }

        var data = DemoStory.Generate(DateOnly.ParseExact(story.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        var report = await DemoLoader.LoadAsync(grains, data, stoppingToken);
        await store.StringSetAsync(LoadedKey, report.Counted);
        logger.LogInformation("Demo data loaded: {Counted} registrations counted, {Refused} refused", report.Counted, report.Refused);
        foreach (var problem in report.Problems.Take(20))
        {
            logger.LogWarning("Demo registration refused: {Problem}", problem);
        }
    }
}
