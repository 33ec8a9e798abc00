using System.Collections.Immutable;

namespace Collab.Contracts.Periods;

/// <summary>
/// A version of a period's figures, without the figures: its number (1, 2, …), its state, every step with its reason,
/// and, once superseded, the version that replaced it. A superseded version keeps its state and stays readable.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PeriodVersion(
    [property: Id(0)] string Period,
    [property: Id(1)] int Number,
    [property: Id(2)] VersionState State,
    [property: Id(3)] ImmutableArray<VersionStep> Steps,
    [property: Id(4)] int? SupersededBy = null,
    [property: Id(5)] int? Supersedes = null)
{
    public const string Superseded = "superseded";

    /// <summary>When the figures were taken: the first step.</summary>
    public DateTimeOffset TakenAt => Steps[0].At;

    /// <summary>When the version reached its present state.</summary>
    public DateTimeOffset StateAt => Steps.Last(s => s.Step != Superseded).At;

    public bool IsCurrent => SupersededBy is null;

    /// <summary>Fixed or published: the figures a page shows for the period by default.</summary>
    public bool IsBinding => State >= VersionState.Fixed;
}
