using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Dashboard.Views;

namespace Collab.Tests.Views;

/// <summary>Target arithmetic against hand-worked figures: realised in the term, expected pro rata, forecast by run rate, status.</summary>
public sealed class TargetOutlookTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly End = new(2026, 12, 31);

    // Sessions per month: Jan–Mar 10 each, Apr 8, May 9, Jun 10 (57 by the end of June); one stray month after the term.
    private static readonly ImmutableDictionary<YearMonth, decimal> Monthly = new Dictionary<YearMonth, decimal>
    {
        [new(2025, 12)] = 99,
        [new(2026, 1)] = 10,
        [new(2026, 2)] = 10,
        [new(2026, 3)] = 10,
        [new(2026, 4)] = 8,
        [new(2026, 5)] = 9,
        [new(2026, 6)] = 10,
    }.ToImmutableDictionary();

    private static TargetOutlook Outlook(decimal target, DateOnly asOf, DateOnly? start = null, DateOnly? end = null, bool noEnd = false) =>
        TargetOutlook.Of(Indicator.SupportSessions, target, start ?? Start, noEnd ? null : end ?? End, asOf, Monthly);

    [Fact]
    public void At_a_month_end_the_run_rate_is_the_last_three_months_up_to_it()
    {
        var o = Outlook(120, new DateOnly(2026, 6, 30));

        // Realised 57 (December 2025 is before the term). Expected 120 × 181/365 days = 59.51.
        // Rate (8 + 9 + 10) / 3 = 9 a month; 184 days left = 6.045 months; forecast 57 + 54.41 = 111.41, 92.8 % of 120: at risk.
        Assert.Equal((TargetStage.Running, 57m, (decimal?)59.51m, (decimal?)111.41m, (TargetStatus?)TargetStatus.AtRisk), (o.Stage, o.Realised, o.Expected, o.Forecast, o.Status));
        Assert.Equal(0.475m, o.Progress);
    }

    [Fact]
    public void In_the_middle_of_a_month_the_run_rate_stops_at_the_month_before()
    {
        var o = Outlook(120, new DateOnly(2026, 6, 15));

        // Realised still counts June's 10; rate (10 + 8 + 9) / 3 = 9 over March–May; 199 days left; expected 120 × 166/365.
        Assert.Equal((57m, (decimal?)54.58m, (decimal?)115.84m, (TargetStatus?)TargetStatus.AtRisk), (o.Realised, o.Expected, o.Forecast, o.Status));
    }

    [Theory]
    [InlineData(100, TargetStatus.OnTrack)]
    [InlineData(111.41, TargetStatus.OnTrack)]
    [InlineData(123.78, TargetStatus.AtRisk)]
    [InlineData(123.79, TargetStatus.Behind)]
    public void The_status_is_on_track_at_the_target_at_risk_down_to_90_percent_and_behind_below(decimal target, TargetStatus expected) =>
        Assert.Equal(expected, Outlook(target, new DateOnly(2026, 6, 30)).Status);

    [Fact]
    public void A_target_without_an_end_date_has_realised_but_no_expected_forecast_or_status()
    {
        var o = Outlook(120, new DateOnly(2026, 6, 30), noEnd: true);

        Assert.Equal((TargetStage.NoEndDate, 57m, (decimal?)null, (decimal?)null, (TargetStatus?)null), (o.Stage, o.Realised, o.Expected, o.Forecast, o.Status));
    }

    [Fact]
    public void Before_the_term_starts_nothing_is_realised_or_expected_and_there_is_no_forecast()
    {
        var o = Outlook(120, new DateOnly(2025, 12, 31));

        Assert.Equal((TargetStage.NotStarted, 0m, (decimal?)0m, (decimal?)null, (TargetStatus?)null), (o.Stage, o.Realised, o.Expected, o.Forecast, o.Status));
    }

    [Fact]
    public void Before_a_whole_month_of_the_term_has_passed_there_is_no_forecast()
    {
        var o = Outlook(50, new DateOnly(2026, 6, 20), start: new DateOnly(2026, 6, 10));

        // June 10–20 is 11 of the term's 205 days: 50 × 11/205 = 2.68.
        Assert.Equal((TargetStage.TooEarly, 10m, (decimal?)2.68m, (decimal?)null), (o.Stage, o.Realised, o.Expected, o.Forecast));
    }

    [Fact]
    public void A_young_term_takes_the_run_rate_over_the_whole_months_it_has()
    {
        var o = Outlook(80, new DateOnly(2026, 6, 30), start: new DateOnly(2026, 5, 1));

        // May 9 + June 10 = 19; rate 9.5 a month × 6.045 months = 57.43; forecast 76.43, 95.5 % of 80.
        Assert.Equal((19m, (decimal?)76.43m, (TargetStatus?)TargetStatus.AtRisk), (o.Realised, o.Forecast, o.Status));
    }

    [Fact]
    public void After_the_term_the_forecast_is_what_was_realised_in_it()
    {
        var o = Outlook(40, new DateOnly(2026, 6, 30), end: new DateOnly(2026, 3, 31));

        Assert.Equal((TargetStage.Ended, 30m, (decimal?)40m, (decimal?)30m, (TargetStatus?)TargetStatus.Behind), (o.Stage, o.Realised, o.Expected, o.Forecast, o.Status));
    }

    [Theory]
    [InlineData("2026-06", "2026-11-30", "2026-06-30")]
    [InlineData("2026-11", "2026-11-18", "2026-11-18")]
    public void The_reference_date_is_the_period_end_or_today_when_that_is_earlier(string month, string today, string expected)
    {
        var m = DateOnly.Parse(month + "-01", System.Globalization.CultureInfo.InvariantCulture);
        var period = Period.Month(m.Year, m.Month);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            TargetOutlook.ReferenceDate(period, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Realised_savings_per_month_are_what_came_in_that_month()
    {
        var trajectory = ProcurementTrajectory.New
            .With(new TrajectoryStep(new DateOnly(2026, 2, 10), ProcurementPhase.Contracted, 0, 0, 1000, 0))
            .With(new TrajectoryStep(new DateOnly(2026, 2, 20), ProcurementPhase.Contracted, 0, 0, 1000, 500))
            .With(new TrajectoryStep(new DateOnly(2026, 5, 1), ProcurementPhase.Evaluated, 0, 0, 1000, 2000));
        var initiative = new InitiativeFigures(
            new InitiativeProfile("t", "T", "T", InitiativeKind.JointProcurement, "ocw", ["ocw"], Start, End, ImmutableDictionary<Indicator, decimal>.Empty),
            trajectory, ImmutableDictionary<YearMonth, MonthFigures>.Empty);

        var perMonth = IndicatorValues.PerMonth(initiative, Indicator.RealisedSavings);

        Assert.Equal([(new YearMonth(2026, 2), 1500m), (new YearMonth(2026, 5), 1500m)], perMonth.OrderBy(m => m.Key).Select(m => (m.Key, m.Value)));
    }
}
