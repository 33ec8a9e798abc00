using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Dashboard.Components.Charts;

namespace Collab.Dashboard.Views;

public sealed record SavingsShareRow(MemberLabel Member, decimal Share, decimal Estimated, decimal Realised);

/// <summary>
/// One initiative's page for a chosen period: its targets as on the period's end (see <see cref="TargetOutlook"/>), its
/// months in the period, and for an inkooptraject who saves what over its run. Members are named as on the period's end.
/// </summary>
/// <param name="HasData">False when nothing was registered for the initiative up to the period's end: its chart says so instead of drawing zeros.</param>
public sealed record InitiativeModel(
    InitiativeFigures Initiative,
    Period Period,
    DateOnly AsOf,
    bool HasData,
    MemberLabel Lead,
    ImmutableArray<MemberLabel> Participants,
    ImmutableArray<TargetOutlook> Targets,
    ImmutableArray<ChartPoint> SessionsPerMonth,
    ImmutableArray<SavingsShareRow> Savings)
{
    public static InitiativeModel? Build(CollaborationFigures figures, string initiativeId, Period period, DateOnly today, CultureInfo culture)
    {
        if (!figures.Initiatives.TryGetValue(initiativeId, out var initiative))
        {
            return null;
        }

        var profile = initiative.Profile;
        MemberLabel Name(string id) => MemberLabel.Of(figures, id, period.To.LastDay);
        var asOf = TargetOutlook.ReferenceDate(period, today);
        var months = Enumerable.Range(0, period.Months).Select(i => period.From.AddMonths(i))
            .Select(m => new ChartPoint(Formats.Month(m, culture), initiative.Months.GetValueOrDefault(m)?.SupportSessions ?? 0))
            .ToImmutableArray();
        var hasData = initiative.Months.Keys.Any(k => k <= period.To)
            || (!initiative.Trajectory.Steps.IsDefaultOrEmpty && initiative.Trajectory.Steps[0].On <= period.To.LastDay);
        var run = IndicatorValues.RunOf(profile, today);
        var shares = profile.SavingsShares is { Count: > 0 } s && s.Values.Sum() > 0 ? s : null;
        var savings = profile.Kind != InitiativeKind.JointProcurement ? [] : profile.ParticipantIds.Select(id =>
        {
            var (estimated, realised) = IndicatorCalculator.SavingsShare(initiative, id, run);
            var share = shares is null ? 1m / profile.ParticipantIds.Length : shares.GetValueOrDefault(id) / shares.Values.Sum();
            return new SavingsShareRow(Name(id), share, estimated, realised);
        }).ToImmutableArray();
        return new InitiativeModel(initiative, period, asOf, hasData, Name(profile.LeadMemberId), [.. profile.ParticipantIds.Select(Name)], TargetOutlook.ForInitiative(initiative, asOf), months, savings);
    }
}
