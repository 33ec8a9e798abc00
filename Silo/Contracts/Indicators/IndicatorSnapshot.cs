using System.Collections.Immutable;
using Collab.Contracts.Activities;

namespace Collab.Contracts.Indicators;

/// <summary>The indicators of one scope (a member, an initiative, the whole collaboration) over one period.</summary>
[GenerateSerializer, Immutable]
public sealed record IndicatorSnapshot(
    [property: Id(0)] Period Period,
    [property: Id(1)] int SupportSessions,
    [property: Id(2)] int PeopleHelped,
    [property: Id(3)] decimal SupportHours,
    [property: Id(4)] decimal? AverageSatisfaction,
    [property: Id(5)] int Leaflets,
    [property: Id(6)] ImmutableDictionary<SupportTopic, int> TopicMix,
    [property: Id(7)] int KnowledgeContacts,
    [property: Id(8)] decimal DaysGiven,
    [property: Id(9)] decimal DaysReceived,
    [property: Id(10)] int DistinctPartners,
    [property: Id(11)] decimal? ShareOutside,
    [property: Id(12)] int TrajectoriesJoined,
    [property: Id(13)] decimal EstimatedSavings,
    [property: Id(14)] decimal RealisedSavings,
    [property: Id(15)] decimal? ActivitiesPerFte,
    [property: Id(16)] decimal? ShareOfInitiativesJoined);
