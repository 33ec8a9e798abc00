using System.Collections.Immutable;
using Collab.Contracts.Initiatives;

namespace Collab.Contracts.Activities;

/// <summary>A step in a joint procurement trajectory: a new phase, new amounts (euros), members joining. Null means unchanged.</summary>
[GenerateSerializer, Immutable]
public sealed record ProcurementUpdate(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string InitiativeId,
    [property: Id(3)] string RegisteredByMemberId,
    [property: Id(4)] ProcurementPhase? Phase,
    [property: Id(5)] decimal? EstimatedCostAlone,
    [property: Id(6)] decimal? JointCost,
    [property: Id(7)] decimal? RealisedOneOffSavings,
    [property: Id(8)] decimal? RealisedStructuralSavings,
    [property: Id(9)] ImmutableArray<string> JoiningMemberIds) : IActivity
{
    public string OwnerId => RegisteredByMemberId;
}
