using Collab.Silo;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;
using StackExchange.Redis;

namespace Collab.Tests.Support;

/// <summary>Real silos in this process (Orleans' InProcessTestCluster) on a real store: grain state and ledger in Garnet or redis-server.</summary>
public sealed class DomainCluster : IAsyncDisposable
{
    private readonly InProcessTestCluster cluster;

    private DomainCluster(InProcessTestCluster cluster, ConnectionMultiplexer store)
    {
        this.cluster = cluster;
        Store = store;
    }

    public IClusterClient Client => cluster.Client;

    /// <summary>A direct connection to the store, for assertions on the ledger.</summary>
    public ConnectionMultiplexer Store { get; }

    /// <summary>Grain factories of the client and of each silo: several independent callers.</summary>
    public IReadOnlyList<IGrainFactory> Callers =>
        [cluster.Client, .. cluster.Silos.Select(s => cluster.GetSiloServiceProvider(s.SiloAddress).GetRequiredService<IGrainFactory>())];

    public static async Task<DomainCluster> StartAsync(string storeConnectionString, short silos = 2)
    {
        // Every write waits for its fsync; on a busy two-core CI machine 5 s is not always enough for a queue of them.
        storeConnectionString += ",asyncTimeout=20000,syncTimeout=20000";
        var builder = new InProcessTestClusterBuilder(silos);
        // Grain state is keyed by service id: a stable one lets a restarted cluster find what the last one stored.
        builder.Options.ServiceId = "collab-dashboard";
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddKeyedSingleton<IConnectionMultiplexer>("redis", (_, _) => ConnectionMultiplexer.Connect(storeConnectionString));
            silo.Services.AddRedisGrainStorage("Default", o => o.ConfigurationOptions = ConfigurationOptions.Parse(storeConnectionString));
            silo.Services.AddCollabDomain();
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new DomainCluster(cluster, await ConnectionMultiplexer.ConnectAsync(storeConnectionString));
    }

    /// <summary>Every silo killed at once, as a crash would: no deactivation runs, so nothing more is written.</summary>
    public async Task KillAllSilosAsync()
    {
        foreach (var silo in cluster.Silos.ToArray())
        {
            await cluster.KillSiloAsync(silo);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await cluster.StopAllSilosAsync();
        await cluster.DisposeAsync();
        await Store.DisposeAsync();
    }
}
