using Collab.Contracts.Cluster;
using Collab.Silo.Store;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Collab.Silo.Cluster;

[StatelessWorker]
public sealed class ClusterStatusGrain(IGrainFactory grains, IOptions<StoreOptions> store, TimeProvider time) : Grain, IClusterStatusGrain
{
    public async Task<ClusterStatus> GetStatus()
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return new ClusterStatus(hosts.Count, store.Value.Mode, time.GetUtcNow());
    }
}
