using System.Collections.Immutable;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Contracts.Directory;

/// <summary>Which members and initiatives exist; per member its kind and, once it left, its left-on date.</summary>
[GenerateSerializer, Immutable]
public sealed record DirectoryListing(
    [property: Id(0)] ImmutableSortedSet<string> MemberIds,
    [property: Id(1)] ImmutableDictionary<string, InitiativeKind> Initiatives,
    [property: Id(2)] long Version,
    [property: Id(3)] ImmutableDictionary<string, MemberKind>? MemberKinds = null,
    [property: Id(4)] ImmutableDictionary<string, DateOnly>? LeftDates = null) : Registrations.IKnownIds
{
    public bool IsMember(string id) => MemberIds.Contains(id);

    public int MemberCount => MemberIds.Count;

    public InitiativeKind? InitiativeKind(string id) => Initiatives.TryGetValue(id, out var kind) ? kind : null;

    public MemberKind? MemberKindOf(string id) => MemberKinds is not null && MemberKinds.TryGetValue(id, out var kind) ? kind : null;

    public DateOnly? LeftOnOf(string id) => LeftDates is not null && LeftDates.TryGetValue(id, out var left) ? left : null;

    public static DirectoryListing Empty { get; } = new(ImmutableSortedSet<string>.Empty, ImmutableDictionary<string, InitiativeKind>.Empty, 0);
}
