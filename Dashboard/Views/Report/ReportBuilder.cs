using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Views.Report;

/// <summary>Builds the MT report from the collaboration's figures through the same calculators the other pages use.</summary>
public static class ReportBuilder
{
    public static readonly ImmutableArray<Indicator> KeyIndicators =
        [Indicator.SupportSessions, Indicator.PeopleHelped, Indicator.SupportHours, Indicator.KnowledgeContacts, Indicator.ExchangeDays, Indicator.RealisedSavings];

    public static ReportModel Build(CollaborationFigures figures, Period period, DateOnly today)
    {
        var asOf = TargetOutlook.ReferenceDate(period, today);
        var yearBefore = new Period(period.From.AddMonths(-12), period.To.AddMonths(-12));
        var now = IndicatorCalculator.ForCollaboration(figures, period);
        var before = IndicatorCalculator.ForCollaboration(figures, period.Previous());
        var lastYear = IndicatorCalculator.ForCollaboration(figures, yearBefore);
        var keys = KeyIndicators.Select(k => new KeyFigure(k, IndicatorValues.Of(now, k), IndicatorValues.Of(before, k), IndicatorValues.Of(lastYear, k))).ToImmutableArray();

        var initiatives = figures.Initiatives.Values.OrderBy(i => i.Profile.Start).ThenBy(i => i.Profile.Id, StringComparer.Ordinal).ToList();
        var targets = initiatives.Where(i => IndicatorCalculator.IsRunning(i.Profile, period))
            .SelectMany(i => TargetOutlook.ForInitiative(i, asOf).Select(t => new ReportTarget(i.Profile.Id, i.Profile.TitleNl, i.Profile.TitleEn, t)))
            .ToImmutableArray();
        var trajectories = initiatives.Where(i => i.Profile.Kind == InitiativeKind.JointProcurement && IndicatorCalculator.IsRunning(i.Profile, period))
            .Select(i => Trajectory(i, period, asOf)).ToImmutableArray();

        var sessions = Enumerable.Range(0, period.Months).Select(i => period.From.AddMonths(i))
            .Select(m => new MonthValue(m, figures.Members.Values.Sum(f => f.Months.GetValueOrDefault(m)?.SupportSessions ?? 0))).ToImmutableArray();
        var hasData = figures.Members.Values.Any(m => m.Months.Keys.Any(period.Contains))
            || initiatives.Any(i => !i.Trajectory.Steps.IsDefaultOrEmpty && i.Trajectory.Steps.Any(s => period.Contains(YearMonth.Of(s.On))));

        return new ReportModel(period, asOf, hasData, keys, targets, ReportMembers.Comparison(figures, period), ReportMembers.Exchange(figures, period),
            trajectories, ReportMembers.Joined(figures, period), ReportMembers.Left(figures, period), sessions);
    }

    private static TrajectoryLine Trajectory(InitiativeFigures initiative, Period period, DateOnly asOf)
    {
        var state = initiative.Trajectory.AsOn(asOf);
        var (estimated, realised) = IndicatorCalculator.Savings(initiative.Trajectory, period);
        return new TrajectoryLine(initiative.Profile.Id, initiative.Profile.TitleNl, initiative.Profile.TitleEn, state.Phase, estimated, realised, state.RealisedSavings);
    }
}
