namespace Collab.Contracts.Cluster;

/// <summary>Reads the cluster's live status on any silo; use key 0.</summary>
public interface IClusterStatusGrain : IGrainWithIntegerKey
{
    Task<ClusterStatus> GetStatus();
}
