using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Dashboard.Components.Charts;

namespace Collab.Dashboard.Views;

/// <summary>A KPI for the period and the same KPI a period earlier; the targets of the running initiatives stand apart in <see cref="Targets"/>.</summary>
public sealed record KpiCard(Indicator Indicator, decimal Value, decimal Previous, TargetSum? Targets)
{
    public decimal? Change => Previous == 0 ? null : Math.Round((Value - Previous) / Previous, 4);
}

/// <summary>
/// The targets for one indicator of the initiatives running in the period, added up: realised in each one's term up to
/// the reference date, against the targets for the terms. Not a share of the period's own figure.
/// </summary>
public sealed record TargetSum(decimal Realised, decimal Target, int Initiatives)
{
    public decimal Progress => Target > 0 ? Math.Round(Realised / Target, 4, MidpointRounding.AwayFromZero) : 0;
}

/// <summary>One headline figure per month of the period, each beside the same month a year before.</summary>
public sealed record Trend(Indicator Indicator, ImmutableArray<ChartPoint> Points);

public sealed record InitiativeProgress(InitiativeProfile Profile, bool Running, ProcurementPhase? Phase, ImmutableArray<TargetOutlook> Targets);

/// <summary>Everything the overview shows, computed from one read of the collaboration figures.</summary>
/// <param name="AsOf">The reference date of every target: the period's last day, or today when that is earlier.</param>
/// <param name="HasData">False when nothing at all was registered up to the period's end: the page says so instead of showing zeros.</param>
public sealed record OverviewModel(
    Period Period,
    DateOnly AsOf,
    bool HasData,
    int Members,
    ImmutableArray<KpiCard> Kpis,
    ImmutableArray<InitiativeProgress> Initiatives,
    ImmutableArray<ChartPoint> SessionsPerMonth,
    ImmutableArray<RegistrationSummary> Latest,
    ImmutableArray<Trend> Trends)
{
    /// <summary>How many of the latest registrations the overview lists: each member keeps its own last few, the page shows the newest of all.</summary>
    public const int LatestShown = 10;

    public static readonly ImmutableArray<Indicator> KpiIndicators =
        [Indicator.SupportSessions, Indicator.PeopleHelped, Indicator.ExchangeDays, Indicator.RealisedSavings];

    // Every open overview of the same period and language shares one build per version of the figures.
    private static readonly ConditionalWeakTable<CollaborationFigures, ConcurrentDictionary<(Period, DateOnly, string), Lazy<OverviewModel>>> Built = new();

    public static OverviewModel Build(CollaborationFigures figures, Period period, DateOnly today, CultureInfo culture) =>
        Built.GetValue(figures, static _ => new()).GetOrAdd((period, today, culture.Name), _ => new Lazy<OverviewModel>(() => Compute(figures, period, today, culture))).Value;

    private static OverviewModel Compute(CollaborationFigures figures, Period period, DateOnly today, CultureInfo culture)
    {
        var asOf = TargetOutlook.ReferenceDate(period, today);
        var now = IndicatorCalculator.ForCollaboration(figures, period);
        var before = IndicatorCalculator.ForCollaboration(figures, period.Previous());
        var initiatives = figures.Initiatives.Values.OrderBy(i => i.Profile.Start).ThenBy(i => i.Profile.Id, StringComparer.Ordinal)
            .Select(i => Progress(i, period, asOf)).ToImmutableArray();
        var kpis = KpiIndicators.Select(k =>
        {
            var targeted = initiatives.Where(i => i.Running).SelectMany(i => i.Targets).Where(t => t.Indicator == k).ToList();
            var sum = targeted.Count > 0 ? new TargetSum(targeted.Sum(t => t.Realised), targeted.Sum(t => t.Target), targeted.Count) : null;
            return new KpiCard(k, IndicatorValues.Of(now, k), IndicatorValues.Of(before, k), sum);
        }).ToImmutableArray();
        var months = Enumerable.Range(0, period.Months).Select(i => period.From.AddMonths(i)).ToList();
        var trends = MonthlyTrends(figures, months, culture);
        var sessions = trends[0].Points;
        var latest = figures.Members.Values.SelectMany(f => f.Recent.IsDefault ? [] : f.Recent)
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.RecordedAt).Take(LatestShown).ToImmutableArray();
        // "7 leden": the members that were members at some day of the period, not every member ever listed.
        var members = figures.Members.Values.Count(m => m.Profile.IsMemberDuring(period.From.FirstDay, period.To.LastDay));
        return new OverviewModel(period, asOf, HasDataUpTo(figures, period.To), members, kpis, initiatives, sessions, latest, trends);
    }

    /// <summary>Every headline figure per month, with the same month a year before; the figures come from the same calculator as the cards.</summary>
    private static ImmutableArray<Trend> MonthlyTrends(CollaborationFigures figures, IReadOnlyList<YearMonth> months, CultureInfo culture)
    {
        var now = months.Select(m => IndicatorCalculator.ForCollaboration(figures, new Period(m, m))).ToList();
        var before = months.Select(m => IndicatorCalculator.ForCollaboration(figures, new Period(m.AddMonths(-12), m.AddMonths(-12)))).ToList();
        return [.. KpiIndicators.Select(k => new Trend(k, [.. months.Select((m, i) =>
            new ChartPoint(Formats.Month(m, culture), IndicatorValues.Of(now[i], k), Before: IndicatorValues.Of(before[i], k)))]))];
    }

    /// <summary>Whether anything was registered in or before <paramref name="last"/>: activities of a member or steps of a trajectory.</summary>
    public static bool HasDataUpTo(CollaborationFigures figures, YearMonth last) =>
        figures.Members.Values.Any(m => m.Months.Keys.Any(k => k <= last))
        || figures.Initiatives.Values.Any(i => !i.Trajectory.Steps.IsDefaultOrEmpty && i.Trajectory.Steps[0].On <= last.LastDay);

    private static InitiativeProgress Progress(InitiativeFigures initiative, Period period, DateOnly asOf)
    {
        var profile = initiative.Profile;
        var phase = profile.Kind == InitiativeKind.JointProcurement ? initiative.Trajectory.AsOn(asOf).Phase : (ProcurementPhase?)null;
        return new InitiativeProgress(profile, IndicatorCalculator.IsRunning(profile, period), phase, TargetOutlook.ForInitiative(initiative, asOf));
    }
}
