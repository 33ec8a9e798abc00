namespace Collab.Contracts.Members;

/// <summary>A name a member carried until it was renamed on <see cref="RenamedOn"/> (e.g. at a cabinet change: EZK became EZ).</summary>
[GenerateSerializer, Immutable]
public sealed record FormerName(
    [property: Id(0)] string NameNl,
    [property: Id(1)] string NameEn,
    [property: Id(2)] string Abbreviation,
    [property: Id(3)] DateOnly RenamedOn);
