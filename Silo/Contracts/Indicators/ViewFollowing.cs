namespace Collab.Contracts.Indicators;

/// <summary>How a reader brings its copy of the collaboration view up to date: what changed since its version, or the whole view in parts.</summary>
public static class ViewFollowing
{
    public static async Task<(Guid Epoch, CollaborationFigures Figures)> Next(
        ICollaborationGrain view, (Guid Epoch, CollaborationFigures Figures) copy, int take = CollaborationDelta.WholePart)
    {
        var delta = await view.GetChangesSince(copy.Epoch, copy.Figures.Version, take);
        var next = CollaborationTotals.Carry(copy, delta);
        while (delta.MoreAfter is { } after)
        {
            delta = await view.GetWholeAfter(next.Epoch, after, take);
            next = CollaborationTotals.Carry(next, delta);
        }

        return next;
    }
}
