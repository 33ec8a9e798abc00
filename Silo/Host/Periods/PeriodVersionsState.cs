using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Periods;

namespace Collab.Silo.Periods;

/// <summary>A period's versions and the figures taken for each, by number. Versions are only added; their figures never change.</summary>
[GenerateSerializer]
public sealed record PeriodVersionsState
{
    [Id(0)] public int Version { get; init; } = 1;

    [Id(1)] public ImmutableArray<PeriodVersion> Versions { get; init; } = [];

    [Id(2)] public ImmutableDictionary<int, CollaborationFigures> Figures { get; init; } = ImmutableDictionary<int, CollaborationFigures>.Empty;
}
