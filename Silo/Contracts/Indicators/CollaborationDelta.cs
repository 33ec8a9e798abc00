using System.Collections.Immutable;

namespace Collab.Contracts.Indicators;

/// <summary>
/// What changed in the collaboration view since a version a reader holds: only the members and initiatives that changed,
/// so a reader's copy stays current without moving the whole view. <see cref="Full"/>: the reader's version was of another
/// activation of the view (or none), so these replace what it held. A whole view travels in parts (a 15,000-member view was one
/// 30 MB message, and Orleans refuses messages over 100 MB): <see cref="MoreAfter"/> names the last member of a part when more
/// follow, and a <see cref="Continued"/> part adds its members to the copy without moving its version, so the changes since that
/// version still bring whatever changed while the parts were read.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CollaborationDelta(
    [property: Id(0)] Guid Epoch,
    [property: Id(1)] long Version,
    [property: Id(2)] bool Full,
    [property: Id(3)] ImmutableArray<MemberFigures> Members,
    [property: Id(4)] ImmutableArray<InitiativeFigures> Initiatives,
    [property: Id(5)] string? MoreAfter = null,
    [property: Id(6)] bool Continued = false)
{
    /// <summary>Members per part of a whole read: about 2 MB on the wire.</summary>
    public const int WholePart = 1_000;

    /// <summary>The reader's copy with this delta applied; a delta that is not newer leaves it as it was.</summary>
    public (Guid Epoch, CollaborationFigures Figures) ApplyTo(Guid epoch, CollaborationFigures figures)
    {
        if (Full)
        {
            return (Epoch, new CollaborationFigures(
                Members.ToImmutableDictionary(m => m.Profile.Id), Initiatives.ToImmutableDictionary(i => i.Profile.Id), Version));
        }

        if (Continued)
        {
            return epoch != Epoch ? (epoch, figures) : (epoch, figures with
            {
                Members = figures.Members.SetItems(Members.Select(m => KeyValuePair.Create(m.Profile.Id, m))),
            });
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
