using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Registrations;

namespace Collab.Dashboard.Import;

/// <summary>
/// Checks a phase against the trajectory's phase after the file's earlier valid rows, else against
/// <c>currentPhase</c>; without <c>currentPhase</c> a trajectory's first phase in the file is not checked (the grain checks it on storing).
/// </summary>
internal sealed class ProcurementUpdateMap(Func<string, ProcurementPhase>? currentPhase) : ActivityMap
{
    private readonly Dictionary<string, ProcurementPhase> phases = new(StringComparer.Ordinal);

    public override ImmutableArray<string> Required { get; } = ["id", "date", "initiativeId", "registeredByMemberId"];

    public override ImmutableArray<string> Optional { get; } =
        ["phase", "estimatedCostAlone", "jointCost", "realisedOneOffSavings", "realisedStructuralSavings", "joiningMemberIds"];

    public override string OwnerField => ActivityKind.ProcurementUpdates.OwnerField;

    public override IActivity Map(RowCells cells) => new ProcurementUpdate(
        cells.Text("id") ?? "",
        cells.Date("date"),
        cells.Text("initiativeId") ?? "",
        cells.Text("registeredByMemberId") ?? "",
        cells.OptionalEnum<ProcurementPhase>("phase"),
        cells.OptionalDecimal("estimatedCostAlone"),
        cells.OptionalDecimal("jointCost"),
        cells.OptionalDecimal("realisedOneOffSavings"),
        cells.OptionalDecimal("realisedStructuralSavings"),
        cells.List("joiningMemberIds"));

    public override ImmutableArray<FieldError> Validate(IActivity activity, IKnownIds known, DateOnly today)
    {
        var update = (ProcurementUpdate)activity;
        return RegistrationValidator.Validate(update, known, today, Current(update, known));
    }

    public override void Accepted(IActivity activity)
    {
        if (activity is ProcurementUpdate { Phase: { } phase } update)
        {
            phases[update.InitiativeId] = phase;
        }
    }

    private ProcurementPhase Current(ProcurementUpdate update, IKnownIds known) =>
        phases.TryGetValue(update.InitiativeId, out var phase) ? phase
        : currentPhase is not null && known.InitiativeKind(update.InitiativeId) == InitiativeKind.JointProcurement
            ? currentPhase(update.InitiativeId)
            // Staying in a phase is always allowed: this leaves the transition unchecked.
            : update.Phase ?? ProcurementPhase.NotStarted;
}
