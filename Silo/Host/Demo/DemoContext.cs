using System.Collections.Immutable;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Silo.Demo;

/// <summary>What every part of the story draws on; one shared <see cref="Random"/> keeps the whole run reproducible.</summary>
internal sealed record DemoContext(
    DemoWindow Window,
    Random Random,
    DemoIds Ids,
    ImmutableArray<MemberProfile> Members,
    ImmutableArray<InitiativeProfile> Initiatives)
{
    /// <summary>Other members that had joined by <paramref name="date"/>: only they can host or receive.</summary>
    public IReadOnlyList<MemberProfile> OthersOn(DateOnly date, string selfId) =>
        [.. Members.Where(m => m.Id != selfId && m.JoinedOn <= date)];

    public string? Initiative(string id, string memberId, DateOnly date) => DemoInitiatives.For(Initiatives, id, memberId, date);
}
