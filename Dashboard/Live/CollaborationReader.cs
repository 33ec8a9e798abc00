using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Live;

/// <summary>Reads the collaboration view through Orleans; pages get indicators, never the store.</summary>
public sealed class CollaborationReader(IClusterClient client) : ICollaborationReader
{
    public Task<CollaborationFigures> Read() => client.GetGrain<ICollaborationGrain>(0).GetFigures();
}
