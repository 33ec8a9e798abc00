using System.Collections.Immutable;

namespace Collab.Contracts.Indicators;

/// <summary>
/// What changed in the collaboration view since a version a reader holds: only the members and initiatives that changed,
/// so a reader's copy stays current without moving the whole view. <see cref="Full"/>: the reader's version was of another
/// activation of the view (or none), so these are all of them and replace what it held.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CollaborationDelta(
    [property: Id(0)] Guid Epoch,
    [property: Id(1)] long Version,
    [property: Id(2)] bool Full,
    [property: Id(3)] ImmutableArray<MemberFigures> Members,
    [property: Id(4)] ImmutableArray<InitiativeFigures> Initiatives)
{
    /// <summary>The reader's copy with this delta applied; a delta that is not newer leaves it as it was.</summary>
    public (Guid Epoch, CollaborationFigures Figures) ApplyTo(Guid epoch, CollaborationFigures figures)
    {
        if (Full)
        {
            return (Epoch, new CollaborationFigures(
                Members.ToImmutableDictionary(m => m.Profile.Id), Initiatives.ToImmutableDictionary(i => i.Profile.Id), Version));
        }

        if (epoch != Epoch || Version <= figures.Version)
        {
            return (epoch, figures);
        }

        return (Epoch, new CollaborationFigures(
            figures.Members.SetItems(Members.Select(m => KeyValuePair.Create(m.Profile.Id, m))),
            figures.Initiatives.SetItems(Initiatives.Select(i => KeyValuePair.Create(i.Profile.Id, i))),
            Version));
    }
}
