using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Views;

/// <summary>Reads the value of a target indicator out of a snapshot, so targets and actuals are compared the same way everywhere.</summary>
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

    /// <summary>An initiative's own run, from its start to its end or to this month.</summary>
    public static Period RunOf(InitiativeProfile profile, DateOnly today) =>
        new(YearMonth.Of(profile.Start), YearMonth.Of(profile.End is { } end && end < today ? end : today));
}
