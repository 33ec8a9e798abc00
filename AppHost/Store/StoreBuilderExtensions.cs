using Microsoft.Extensions.DependencyInjection;

namespace Collab.AppHost.Store;

/// <summary>Adds the one Redis-protocol store in the mode that <c>Store:Mode</c> names.</summary>
public static class StoreBuilderExtensions
{
    public const string DataPathKey = "Store:DataPath";

    public static IResourceBuilder<IResourceWithConnectionString> AddCollabStore(this IDistributedApplicationBuilder builder, string name) =>
        builder.GetStoreMode() switch
        {
            StoreMode.Embedded => builder.AddEmbeddedStore(name),
            StoreMode.Server => builder.AddRedisServer(name),
            StoreMode.Container => builder.AddRedis(name).WithDataVolume().WithPersistence(),
            _ => builder.AddConnectionString(name).WithOrleansProviderType("Redis"),
        };

    /// <summary>The data folder of the embedded and server modes; <c>.data/&lt;mode&gt;</c> beside the AppHost folder by default.</summary>
    public static string StoreDataPath(this IDistributedApplicationBuilder builder) =>
        Path.GetFullPath(builder.Configuration[DataPathKey]
            ?? Path.Combine(builder.AppHostDirectory, "..", ".data", builder.GetStoreMode().ToConfigValue()));

    private static IResourceBuilder<EmbeddedStoreResource> AddEmbeddedStore(this IDistributedApplicationBuilder builder, string name)
    {
        var garnet = new EmbeddedGarnet(FreePort.Pick(), builder.StoreDataPath());
        // Created by a factory so the container disposes it (commit AOF, stop) after every resource has stopped.
        builder.Services.AddSingleton(_ => garnet);
        var healthCheck = $"{name}-ping";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new RedisPingHealthCheck(garnet.Port));

        return builder.AddResource(new EmbeddedStoreResource(name, garnet))
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "Garnet (embedded)",
                State = KnownResourceStates.NotStarted,
                Properties = [new("store.data", garnet.DataDirectory), new("store.port", garnet.Port)],
            })
            .WithOrleansProviderType("Redis")
            .WithHealthCheck(healthCheck)
            .OnInitializeResource(async (resource, e, ct) =>
            {
                await e.Notifications.PublishUpdateAsync(resource, s => s with { State = KnownResourceStates.Starting });
                e.Services.GetRequiredService<EmbeddedGarnet>().Start();
                await e.Eventing.PublishAsync(new BeforeResourceStartedEvent(resource, e.Services), ct);
                await e.Notifications.PublishUpdateAsync(resource, s => s with
                {
                    State = KnownResourceStates.Running,
                    StartTimeStamp = DateTime.UtcNow,
                });
            });
    }

    private static IResourceBuilder<RedisServerResource> AddRedisServer(this IDistributedApplicationBuilder builder, string name)
    {
        var dataPath = builder.StoreDataPath();
        Directory.CreateDirectory(dataPath);
        var port = FreePort.Pick();
        var healthCheck = $"{name}-ping";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new RedisPingHealthCheck(port));

        return builder.AddResource(new RedisServerResource(name, dataPath))
            .WithEndpoint(port: port, targetPort: port, name: RedisServerResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(
                "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--bind", "127.0.0.1",
                "--dir", dataPath,
                "--appendonly", "yes",
                // fsync before every reply: an acknowledged write is on disk.
                "--appendfsync", "always",
                "--save", "")
            .WithOrleansProviderType("Redis")
            .WithHealthCheck(healthCheck);
    }
}
