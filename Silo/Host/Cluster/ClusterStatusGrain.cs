using Collab.Contracts.Cluster;
using Microsoft.Extensions.Configuration;
using Orleans.Concurrency;

namespace Collab.Silo.Cluster;

[StatelessWorker]
public sealed class ClusterStatusGrain(IGrainFactory grains, IConfiguration configuration, TimeProvider time) : Grain, IClusterStatusGrain
{
    public async Task<ClusterStatus> GetStatus()
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return new ClusterStatus(hosts.Count, configuration["Store:Mode"] ?? "embedded", time.GetUtcNow());
    }
}
