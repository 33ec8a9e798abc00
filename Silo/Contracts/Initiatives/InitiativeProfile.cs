using System.Collections.Immutable;

namespace Collab.Contracts.Initiatives;

/// <summary>A shared initiative: who leads, who takes part, when, and what it aims for.</summary>
[GenerateSerializer, Immutable]
public sealed record InitiativeProfile(
    [property: Id(0)] string Id,
    [property: Id(1)] string TitleNl,
    [property: Id(2)] string TitleEn,
    [property: Id(3)] InitiativeKind Kind,
    [property: Id(4)] string LeadMemberId,
    [property: Id(5)] ImmutableArray<string> ParticipantIds,
    [property: Id(6)] DateOnly Start,
    [property: Id(7)] DateOnly? End,
    [property: Id(8)] ImmutableDictionary<Indicator, decimal> Targets,
    [property: Id(9)] ImmutableDictionary<string, decimal>? SavingsShares = null);
