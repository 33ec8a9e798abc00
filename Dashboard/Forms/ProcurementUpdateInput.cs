using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Forms;

/// <summary>What the procurement form holds: every amount and the phase are optional, empty means unchanged.</summary>
public sealed class ProcurementUpdateInput
{
    public string InitiativeId { get; set; } = string.Empty;

    public string RegisteredByMemberId { get; set; } = string.Empty;

    public ProcurementPhase? Phase { get; set; }

    public decimal? EstimatedCostAlone { get; set; }

    public decimal? JointCost { get; set; }

    public decimal? RealisedOneOffSavings { get; set; }

    public decimal? RealisedStructuralSavings { get; set; }

    public HashSet<string> JoiningMemberIds { get; } = [];

    public ProcurementUpdate ToActivity(string id, DateOnly date) => new(id, date, InitiativeId, RegisteredByMemberId, Phase, EstimatedCostAlone, JointCost,
        RealisedOneOffSavings, RealisedStructuralSavings, [.. JoiningMemberIds.Order(StringComparer.Ordinal)]);
}
