using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Views;

/// <summary>Where a target stands on a reference date: on course, at risk, or behind.</summary>
public enum TargetStatus
{
    OnTrack,
    AtRisk,
    Behind,
}

/// <summary>Why a target has no forecast, or that it has one.</summary>
public enum TargetStage
{
    /// <summary>The term has no end date: no expected value, forecast or status.</summary>
    NoEndDate,

    /// <summary>The reference date is before the term starts.</summary>
    NotStarted,

    /// <summary>No whole month of the term has passed yet, so there is no run rate.</summary>
    TooEarly,

    Running,

    Ended,
}

/// <summary>
/// One target of an initiative's term (start–end) as on a reference date: realised in the term up to that date,
/// expected by then (pro rata of the term's days elapsed), a forecast to the term's end (realised + the average per
/// month of the last three whole months × the months left) and a status from that forecast.
/// </summary>
public sealed record TargetOutlook(
    Indicator Indicator,
    decimal Target,
    DateOnly Start,
    DateOnly? End,
    DateOnly AsOf,
    TargetStage Stage,
    decimal Realised,
    decimal? Expected,
    decimal? Forecast,
    TargetStatus? Status)
{
    /// <summary>Forecast at or above this share of the target (and below the target) is "at risk"; below it, "behind".</summary>
    public const decimal RiskThreshold = 0.9m;

    /// <summary>Months in the run rate: the last three whole months of the term up to the reference date.</summary>
    public const int RunRateMonths = 3;

    /// <summary>Days per month when turning the days left in the term into months.</summary>
    public const decimal DaysPerMonth = 365.25m / 12;

    public decimal Progress => Target > 0 ? Math.Round(Realised / Target, 4, MidpointRounding.AwayFromZero) : 0;

    /// <summary>The date progress is measured on: the chosen period's last day, or today when that is later.</summary>
    public static DateOnly ReferenceDate(Period period, DateOnly today) => period.To.LastDay < today ? period.To.LastDay : today;

    /// <param name="monthly">The indicator's value per month for this initiative (months without a value count as 0).</param>
    public static TargetOutlook Of(Indicator indicator, decimal target, DateOnly start, DateOnly? end, DateOnly asOf, IReadOnlyDictionary<YearMonth, decimal> monthly)
    {
        var first = YearMonth.Of(start);
        decimal Sum(YearMonth from, YearMonth to) => monthly.Where(m => m.Key >= from && m.Key <= to).Sum(m => m.Value);

        if (asOf < start)
        {
            return new(indicator, target, start, end, asOf, end is null ? TargetStage.NoEndDate : TargetStage.NotStarted, 0, end is null ? null : 0, null, null);
        }

        var upTo = end is { } e && e < asOf ? e : asOf;
        var realised = Sum(first, YearMonth.Of(upTo));
        if (end is not { } last)
        {
            return new(indicator, target, start, end, asOf, TargetStage.NoEndDate, realised, null, null, null);
        }

        var elapsed = (decimal)(upTo.DayNumber - start.DayNumber + 1) / (last.DayNumber - start.DayNumber + 1);
        var expected = Round2(target * elapsed);
        if (asOf >= last)
        {
            return new(indicator, target, start, end, asOf, TargetStage.Ended, realised, expected, realised, StatusOf(realised, target));
        }

        // The last whole month: the reference month when the reference date is its last day, else the month before.
        var whole = asOf == YearMonth.Of(asOf).LastDay ? YearMonth.Of(asOf) : YearMonth.Of(asOf).AddMonths(-1);
        var from = whole.AddMonths(1 - RunRateMonths) < first ? first : whole.AddMonths(1 - RunRateMonths);
        if (whole < first)
        {
            return new(indicator, target, start, end, asOf, TargetStage.TooEarly, realised, expected, null, null);
        }

        var rate = Sum(from, whole) / (whole.Index - from.Index + 1);
        var monthsLeft = (last.DayNumber - asOf.DayNumber) / DaysPerMonth;
        var forecast = Round2(realised + (rate * monthsLeft));
        return new(indicator, target, start, end, asOf, TargetStage.Running, realised, expected, forecast, StatusOf(forecast, target));
    }

    /// <summary>Every target of an initiative, in indicator order, as on <paramref name="asOf"/>.</summary>
    public static ImmutableArray<TargetOutlook> ForInitiative(InitiativeFigures initiative, DateOnly asOf)
    {
        var profile = initiative.Profile;
        return [.. (profile.Targets ?? ImmutableDictionary<Indicator, decimal>.Empty).OrderBy(t => t.Key)
            .Select(t => Of(t.Key, t.Value, profile.Start, profile.End, asOf, IndicatorValues.PerMonth(initiative, t.Key)))];
    }

    public static TargetStatus StatusOf(decimal forecast, decimal target) =>
        forecast >= target ? TargetStatus.OnTrack : forecast >= target * RiskThreshold ? TargetStatus.AtRisk : TargetStatus.Behind;

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
