using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Collab.Contracts.Activities;

/// <summary>
/// An ondersteuningssessie: DIV staff of one member helped people at a host member. Format, people helped and duration
/// must be sent (a missing one would otherwise count as a pop-up store, nobody helped, no time).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record SupportSession(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string ProvidingMemberId,
    [property: Id(3)] string HostMemberId,
    [property: Id(4)] string? InitiativeId,
    [property: Id(5), JsonRequired] SupportFormat Format,
    [property: Id(6)] ImmutableArray<SupportTopic> Topics,
    [property: Id(7), JsonRequired] int PeopleHelped,
    [property: Id(8), JsonRequired] int DurationMinutes,
    [property: Id(9)] int Leaflets,
    [property: Id(10)] int? Satisfaction,
    [property: Id(11)] string? Note = null) : IActivity
{
    public string OwnerId => ProvidingMemberId;
}
