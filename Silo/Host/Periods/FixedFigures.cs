using System.Collections.Immutable;
using Collab.Contracts.Indicators;

namespace Collab.Silo.Periods;

/// <summary>
/// What a version keeps of the live figures: every member and initiative (profiles, targets, trajectory) with their months up to the
/// period's end, so the period, the one before it and every target's term so far read the same forever. Later months are left out;
/// the latest registrations stay as they were at that moment.
/// </summary>
public static class FixedFigures
{
    public static CollaborationFigures Take(CollaborationFigures live, Period period) => new(
        live.Members.ToImmutableDictionary(m => m.Key, m => m.Value with
        {
            Months = UpTo(m.Value.Months, period.To),
            ByInitiative = m.Value.ByInitiative.ToImmutableDictionary(i => i.Key, i => UpTo(i.Value, period.To)),
        }),
        live.Initiatives.ToImmutableDictionary(i => i.Key, i => i.Value with { Months = UpTo(i.Value.Months, period.To) }),
        live.Version);

    private static ImmutableDictionary<YearMonth, MonthFigures> UpTo(ImmutableDictionary<YearMonth, MonthFigures> months, YearMonth last) =>
        months.Where(m => m.Key <= last).ToImmutableDictionary();
}
