using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Views;

/// <summary>Reads the value of a target indicator out of a period's indicators, so targets and actuals are compared the same way everywhere.</summary>
public static class IndicatorValues
{
    public static decimal Of(IndicatorSnapshot s, Indicator indicator) => indicator switch
    {
        Indicator.SupportSessions => s.SupportSessions,
        Indicator.PeopleHelped => s.PeopleHelped,
        Indicator.SupportHours => s.SupportHours,
        Indicator.KnowledgeContacts => s.KnowledgeContacts,
        Indicator.ExchangeDays => s.DaysGiven,
        Indicator.RealisedSavings => s.RealisedSavings,
        _ => 0,
    };

    /// <summary>
    /// An initiative's value of a target indicator per month, unrounded (hours from minutes), so months add up to the
    /// term's total; realised savings are what came in that month.
    /// </summary>
    public static ImmutableDictionary<YearMonth, decimal> PerMonth(InitiativeFigures initiative, Indicator indicator)
    {
        if (indicator == Indicator.RealisedSavings)
        {
            var steps = initiative.Trajectory.Steps.IsDefault ? [] : initiative.Trajectory.Steps;
            return steps.Select((s, i) => (Month: YearMonth.Of(s.On), Delta: s.RealisedSavings - (i == 0 ? 0 : steps[i - 1].RealisedSavings)))
                .GroupBy(s => s.Month).ToImmutableDictionary(g => g.Key, g => g.Sum(s => s.Delta));
        }

        return initiative.Months.ToImmutableDictionary(m => m.Key, m => indicator switch
        {
            Indicator.SupportSessions => m.Value.SupportSessions,
            Indicator.PeopleHelped => m.Value.PeopleHelped,
            Indicator.SupportHours => m.Value.SupportMinutes / 60m,
            Indicator.KnowledgeContacts => m.Value.Given.Values.Sum(t => t.Contacts),
            Indicator.ExchangeDays => m.Value.Given.Values.Sum(t => t.Days),
            _ => 0m,
        });
    }

    /// <summary>An initiative's own run, from its start to its end or to this month.</summary>
    public static Period RunOf(InitiativeProfile profile, DateOnly today) =>
        new(YearMonth.Of(profile.Start), YearMonth.Of(profile.End is { } end && end < today ? end : today));
}
