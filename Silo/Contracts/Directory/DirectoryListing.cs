using System.Collections.Immutable;
using Collab.Contracts.Initiatives;

namespace Collab.Contracts.Directory;

/// <summary>Which members and initiatives exist.</summary>
[GenerateSerializer, Immutable]
public sealed record DirectoryListing(
    [property: Id(0)] ImmutableSortedSet<string> MemberIds,
    [property: Id(1)] ImmutableDictionary<string, InitiativeKind> Initiatives,
    [property: Id(2)] long Version) : Registrations.IKnownIds
{
    public bool IsMember(string id) => MemberIds.Contains(id);

    public int MemberCount => MemberIds.Count;

    public InitiativeKind? InitiativeKind(string id) => Initiatives.TryGetValue(id, out var kind) ? kind : null;

    public static DirectoryListing Empty { get; } = new(ImmutableSortedSet<string>.Empty, ImmutableDictionary<string, InitiativeKind>.Empty, 0);
}
