using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Live;

/// <summary>Where pages get the collaboration's figures from: the cluster in the product, fixed figures in component tests.</summary>
public interface ICollaborationReader
{
    Task<CollaborationFigures> Read();
}
