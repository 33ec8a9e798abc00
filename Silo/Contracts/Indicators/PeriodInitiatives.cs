using Collab.Contracts.Initiatives;

namespace Collab.Contracts.Indicators;

/// <summary>
/// A period's initiatives as every member's indicators need them: the running ones and the joint procurements (the only ones
/// with savings shares). Gathered once per period, so indicators of many members stay linear rather than members × initiatives.
/// </summary>
public sealed record PeriodInitiatives(IReadOnlyList<InitiativeFigures> Running, IReadOnlyList<InitiativeFigures> Procurements)
{
    public static PeriodInitiatives Of(CollaborationFigures data, Period period)
    {
        var all = data.Initiatives.Values.ToList();
        return new(
            [.. all.Where(i => IndicatorCalculator.IsRunning(i.Profile, period))],
            [.. all.Where(i => i.Profile.Kind == InitiativeKind.JointProcurement)]);
    }
}
