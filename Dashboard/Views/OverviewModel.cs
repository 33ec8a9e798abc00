using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Dashboard.Components.Charts;

namespace Collab.Dashboard.Views;

/// <summary>A KPI for the period, the same KPI a period earlier, and (when initiatives set one) the target and what counts toward it.</summary>
public sealed record KpiCard(Indicator Indicator, decimal Value, decimal Previous, decimal? Target, decimal TargetActual)
{
    public decimal? Change => Previous == 0 ? null : Math.Round((Value - Previous) / Previous, 4);

    public decimal? Progress => Target is > 0 ? Math.Round(TargetActual / Target.Value, 4) : null;
}

public sealed record TargetProgress(Indicator Indicator, decimal Target, decimal Actual)
{
    public decimal Progress => Target > 0 ? Math.Round(Actual / Target, 4) : 0;
}

public sealed record InitiativeProgress(InitiativeProfile Profile, bool Running, ProcurementPhase? Phase, ImmutableArray<TargetProgress> Targets);

/// <summary>Everything the overview shows, computed from one snapshot of the collaboration.</summary>
public sealed record OverviewModel(
    Period Period,
    int Members,
    ImmutableArray<KpiCard> Kpis,
    ImmutableArray<InitiativeProgress> Initiatives,
    ImmutableArray<ChartPoint> SessionsPerMonth,
    ImmutableArray<RegistrationSummary> Latest)
{
    public static readonly ImmutableArray<Indicator> KpiIndicators =
        [Indicator.SupportSessions, Indicator.PeopleHelped, Indicator.ExchangeDays, Indicator.RealisedSavings];

    public static OverviewModel Build(CollaborationFigures figures, Period period, DateOnly today, CultureInfo culture)
    {
        var now = IndicatorCalculator.ForCollaboration(figures, period);
        var before = IndicatorCalculator.ForCollaboration(figures, period.Previous());
        var initiatives = figures.Initiatives.Values.OrderBy(i => i.Profile.Start).Select(i => Progress(figures, i, period, today)).ToImmutableArray();
        var kpis = KpiIndicators.Select(k =>
        {
            var targeted = initiatives.Where(i => i.Running).SelectMany(i => i.Targets).Where(t => t.Indicator == k).ToList();
            return new KpiCard(k, IndicatorValues.Of(now, k), IndicatorValues.Of(before, k),
                targeted.Count > 0 ? targeted.Sum(t => t.Target) : null, targeted.Sum(t => t.Actual));
        }).ToImmutableArray();
        var months = Enumerable.Range(0, period.Months).Select(i => period.From.AddMonths(i)).ToList();
        var sessions = months.Select(m => new ChartPoint(
            m.FirstDay.ToString("MMM yyyy", culture),
            figures.Members.Values.Sum(f => f.Months.GetValueOrDefault(m)?.SupportSessions ?? 0))).ToImmutableArray();
        var latest = figures.Members.Values.SelectMany(f => f.Recent.IsDefault ? [] : f.Recent)
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.RecordedAt).Take(10).ToImmutableArray();
        // "7 leden": the members that were members at some day of the period, not every member ever listed.
        var members = figures.Members.Values.Count(m => m.Profile.IsMemberDuring(period.From.FirstDay, period.To.LastDay));
        return new OverviewModel(period, members, kpis, initiatives, sessions, latest);
    }

    private static InitiativeProgress Progress(CollaborationFigures figures, InitiativeFigures initiative, Period period, DateOnly today)
    {
        var profile = initiative.Profile;
        var run = IndicatorCalculator.ForInitiative(figures, profile.Id, IndicatorValues.RunOf(profile, today));
        var targets = (profile.Targets ?? ImmutableDictionary<Indicator, decimal>.Empty)
            .OrderBy(t => t.Key).Select(t => new TargetProgress(t.Key, t.Value, IndicatorValues.Of(run, t.Key))).ToImmutableArray();
        var phase = profile.Kind == InitiativeKind.JointProcurement ? initiative.Trajectory.Current.Phase : (ProcurementPhase?)null;
        return new InitiativeProgress(profile, IndicatorCalculator.IsRunning(profile, period), phase, targets);
    }
}
