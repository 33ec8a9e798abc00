using Collab.Contracts.Indicators;

namespace Collab.Benchmarks.Runs;

/// <summary>A copy of the collaboration view kept current the way a Dashboard process keeps it: by asking for what changed since its version.</summary>
public sealed class ViewCopy(IClusterClient client)
{
    private (Guid Epoch, CollaborationFigures Figures) copy = (Guid.Empty, CollaborationFigures.Empty);

    public CollaborationFigures Figures => copy.Figures;

    public async Task<CollaborationFigures> Read()
    {
        copy = await ViewFollowing.Next(client.GetGrain<ICollaborationGrain>(0), copy);
        return copy.Figures;
    }
}
