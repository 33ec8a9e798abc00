using Collab.Contracts.Indicators;

namespace Collab.Silo.Members;

/// <summary>What a member grain keeps in the store; versioned so new fields never break stored state.</summary>
[GenerateSerializer]
public sealed record MemberState
{
    [Id(0)] public int Version { get; init; } = 1;

    /// <summary>Null until the member is onboarded.</summary>
    [Id(1)] public MemberFigures? Figures { get; init; }

    /// <summary>Counts profile changes (not registrations): the ETag an edit must name. Stored members start at 0.</summary>
    [Id(2)] public long ProfileRevision { get; init; }
}
