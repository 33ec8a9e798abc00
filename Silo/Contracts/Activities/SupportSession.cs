using System.Collections.Immutable;

namespace Collab.Contracts.Activities;

/// <summary>An ondersteuningssessie: DIV staff of one member helped people at a host member.</summary>
[GenerateSerializer, Immutable]
public sealed record SupportSession(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string ProvidingMemberId,
    [property: Id(3)] string HostMemberId,
    [property: Id(4)] string? InitiativeId,
    [property: Id(5)] SupportFormat Format,
    [property: Id(6)] ImmutableArray<SupportTopic> Topics,
    [property: Id(7)] int PeopleHelped,
    [property: Id(8)] int DurationMinutes,
    [property: Id(9)] int Leaflets,
    [property: Id(10)] int? Satisfaction,
    [property: Id(11)] string? Note = null) : IActivity
{
    public string OwnerId => ProvidingMemberId;
}
