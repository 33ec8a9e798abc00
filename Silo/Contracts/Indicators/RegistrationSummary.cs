namespace Collab.Contracts.Indicators;

/// <summary>What the live feed shows of a registration: organisations and numbers only, never people.</summary>
[GenerateSerializer, Immutable]
public sealed record RegistrationSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string MemberId,
    [property: Id(3)] string? CounterpartId,
    [property: Id(4)] string? InitiativeId,
    [property: Id(5)] DateOnly Date,
    [property: Id(6)] int PeopleHelped,
    [property: Id(7)] decimal Days,
    [property: Id(8)] DateTimeOffset RecordedAt);
