using System.Collections.Immutable;

namespace Collab.Contracts.Indicators;

/// <summary>
/// The cross-member view (key 0): every member's and initiative's figures, fed in batches by each silo's buffer,
/// never on the synchronous path of a registration. Kept in memory and rebuilt from the grains when activated.
/// </summary>
public interface ICollaborationGrain : IGrainWithIntegerKey
{
    [Orleans.Concurrency.ReadOnly]
    Task<CollaborationFigures> GetFigures();

    /// <summary>
    /// The members and initiatives changed after <paramref name="version"/> of activation <paramref name="epoch"/>; when the epoch is
    /// another, everything: every initiative and the first <paramref name="take"/> members by id, the rest from <see cref="GetWholeAfter"/>.
    /// </summary>
    [Orleans.Concurrency.ReadOnly]
    Task<CollaborationDelta> GetChangesSince(Guid epoch, long version, int take);

    /// <summary>The next <paramref name="take"/> members by id after <paramref name="after"/>, continuing a whole read; a whole read anew when the epoch is another.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<CollaborationDelta> GetWholeAfter(Guid epoch, string after, int take);

    /// <summary>Figures with a higher <c>Revision</c> replace those held, so a batch applied twice or late changes nothing.</summary>
    Task Apply(ImmutableArray<MemberFigures> members, ImmutableArray<InitiativeFigures> initiatives);
}
