namespace Collab.Contracts.Initiatives;

/// <summary>The phases of an inkooptraject, in the only order they may follow; Cancelled may follow any open phase.</summary>
public enum ProcurementPhase
{
    NotStarted,
    Orientation,
    Tender,
    Awarded,
    Contracted,
    Evaluated,
    Cancelled,
}

public static class ProcurementPhases
{
    public static bool IsFinal(this ProcurementPhase phase) => phase is ProcurementPhase.Evaluated or ProcurementPhase.Cancelled;

    /// <summary>Forward (skipping allowed), staying, or cancelling an open trajectory; never back, never out of a final phase.</summary>
    public static bool CanMoveTo(this ProcurementPhase from, ProcurementPhase to) =>
        from == to || (!from.IsFinal() && (to == ProcurementPhase.Cancelled || to > from));
}
