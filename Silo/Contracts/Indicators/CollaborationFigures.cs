using System.Collections.Immutable;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Contracts.Indicators;

/// <summary>A member's figures as its grain holds them; <see cref="Sequence"/> counts the ledger entries applied.</summary>
[GenerateSerializer, Immutable]
public sealed record MemberFigures(
    [property: Id(0)] MemberProfile Profile,
    [property: Id(1)] long Sequence,
    [property: Id(2)] ImmutableDictionary<YearMonth, MonthFigures> Months);

[GenerateSerializer, Immutable]
public sealed record InitiativeFigures(
    [property: Id(0)] InitiativeProfile Profile,
    [property: Id(1)] ProcurementTrajectory Trajectory,
    [property: Id(2)] ImmutableDictionary<YearMonth, MonthFigures> Months);

/// <summary>Everything the cross-member views are computed from.</summary>
[GenerateSerializer, Immutable]
public sealed record CollaborationFigures(
    [property: Id(0)] ImmutableDictionary<string, MemberFigures> Members,
    [property: Id(1)] ImmutableDictionary<string, InitiativeFigures> Initiatives,
    [property: Id(2)] long Version)
{
    public static CollaborationFigures Empty { get; } = new(
        ImmutableDictionary<string, MemberFigures>.Empty, ImmutableDictionary<string, InitiativeFigures>.Empty, 0);
}
