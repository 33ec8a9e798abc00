using Collab.Contracts.Cluster;

namespace Collab.Dashboard.Cluster;

/// <summary>Reads the cluster status through Orleans; a failure becomes a status the page can show, not an exception.</summary>
public sealed class ClusterStatusReader(IClusterClient client, ILogger<ClusterStatusReader> logger)
{
    public async Task<ClusterStatus?> TryRead(CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetGrain<IClusterStatusGrain>(0).GetStatus().WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Cluster status could not be read");
            return null;
        }
    }
}
