using System.Collections.Immutable;

namespace Collab.Contracts.Initiatives;

/// <summary>
/// Where a joint procurement stands, step by step: each step is the whole state after an update (amounts in euros),
/// so the state on any earlier date can be read back.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ProcurementTrajectory([property: Id(0)] ImmutableArray<TrajectoryStep> Steps)
{
    public static ProcurementTrajectory New { get; } = new(ImmutableArray<TrajectoryStep>.Empty);

    public TrajectoryStep Current => Steps.IsDefaultOrEmpty ? TrajectoryStep.Start : Steps[^1];

    /// <summary>The last step on or before <paramref name="date"/>, in date order.</summary>
    public TrajectoryStep AsOn(DateOnly date) =>
        Steps.IsDefaultOrEmpty ? TrajectoryStep.Start : Steps.Where(s => s.On <= date).DefaultIfEmpty(TrajectoryStep.Start).Last();

    public ProcurementTrajectory With(TrajectoryStep step) =>
        new([.. (Steps.IsDefault ? [] : Steps).Add(step).OrderBy(s => s.On)]);
}

/// <summary>The state of a trajectory from <see cref="On"/> until the next step.</summary>
[GenerateSerializer, Immutable]
public sealed record TrajectoryStep(
    [property: Id(0)] DateOnly On,
    [property: Id(1)] ProcurementPhase Phase,
    [property: Id(2)] decimal EstimatedCostAlone,
    [property: Id(3)] decimal JointCost,
    [property: Id(4)] decimal RealisedOneOffSavings,
    [property: Id(5)] decimal RealisedStructuralSavings)
{
    public static TrajectoryStep Start { get; } = new(DateOnly.MinValue, ProcurementPhase.NotStarted, 0, 0, 0, 0);

    /// <summary>What buying together is expected to save against each member buying alone.</summary>
    public decimal EstimatedSavings => Math.Max(0, EstimatedCostAlone - JointCost);

    public decimal RealisedSavings => RealisedOneOffSavings + RealisedStructuralSavings;
}
