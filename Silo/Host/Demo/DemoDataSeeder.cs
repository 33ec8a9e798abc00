using Collab.Contracts.Directory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Collab.Silo.Demo;

/// <summary>
/// Loads the demo story once, when the store is still empty; registered in Development only, and idle when <c>Demo:Load</c> is false.
/// A lock in the store makes sure one silo loads while the other waits its turn and then finds the store filled.
/// </summary>
public sealed class DemoDataSeeder(
    IGrainFactory grains,
    [FromKeyedServices("redis")] IConnectionMultiplexer redis,
    TimeProvider time,
    IOptions<DemoOptions> options,
    ILogger<DemoDataSeeder> logger) : BackgroundService
{
    private const string LockKey = "{demo}:loading";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Load)
        {
            return;
        }

        try
        {
            if (!await redis.GetDatabase().StringSetAsync(LockKey, Environment.MachineName, TimeSpan.FromMinutes(10), When.NotExists))
            {
                return;
            }

            var listing = await grains.GetGrain<IDirectoryGrain>(0).GetListing();
            if (listing.MemberIds.Count > 0)
            {
                logger.LogInformation("The store holds members already: no demo data loaded");
                return;
            }

            var data = DemoStory.Generate(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            var report = await DemoLoader.LoadAsync(grains, data, stoppingToken);
            logger.LogInformation("Demo data loaded: {Counted} registrations counted, {Refused} refused", report.Counted, report.Refused);
            foreach (var problem in report.Problems.Take(20))
            {
                logger.LogWarning("Demo registration refused: {Problem}", problem);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading the demo data failed");
        }
    }
}
