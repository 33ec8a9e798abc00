using Collab.Contracts.Indicators;

namespace Collab.Silo.Members;

/// <summary>
/// What a member grain keeps in the store. Orleans' [Id] attributes make it tolerant of new fields (older state reads them as
/// their default); <see cref="Version"/> is written but read by nothing yet, kept for a migration should one be needed.
/// </summary>
[GenerateSerializer]
public sealed record MemberState
{
    [Id(0)] public int Version { get; init; } = 1;

    /// <summary>Null until the member is onboarded.</summary>
    [Id(1)] public MemberFigures? Figures { get; init; }

    /// <summary>Counts profile changes (not registrations): the ETag an edit must name. Stored members start at 0.</summary>
    [Id(2)] public long ProfileRevision { get; init; }
}
