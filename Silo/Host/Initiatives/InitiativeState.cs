using Collab.Contracts.Indicators;

namespace Collab.Silo.Initiatives;

/// <summary>
/// What an initiative grain keeps; its months live with the members that registered them. As in MemberState,
/// <see cref="Version"/> is written but read by nothing yet.
/// </summary>
[GenerateSerializer]
public sealed record InitiativeState
{
    [Id(0)] public int Version { get; init; } = 1;

    /// <summary>Null until the initiative is created. Months stay empty here.</summary>
    [Id(1)] public InitiativeFigures? Figures { get; init; }

    /// <summary>How many ledger entries (procurement updates) are applied.</summary>
    [Id(2)] public long Sequence { get; init; }

    /// <summary>Counts profile changes (edits and participants joining): the ETag an edit must name.</summary>
    [Id(3)] public long ProfileRevision { get; init; }
}
