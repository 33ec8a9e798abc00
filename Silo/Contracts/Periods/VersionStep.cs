namespace Collab.Contracts.Periods;

/// <summary>One step of a version's life: the state it reached (or <c>Superseded</c>), when, by whom (role and member, as the audit names them) and why.</summary>
[GenerateSerializer, Immutable]
public sealed record VersionStep(
    [property: Id(0)] string Step,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Reason);
