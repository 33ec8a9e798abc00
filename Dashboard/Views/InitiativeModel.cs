using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Dashboard.Components.Charts;

namespace Collab.Dashboard.Views;

public sealed record SavingsShareRow(string MemberId, decimal Share, decimal Estimated, decimal Realised);

/// <summary>One initiative's page: targets against its whole run, its months, and for an inkooptraject the steps and who saves what.</summary>
public sealed record InitiativeModel(
    InitiativeFigures Initiative,
    Period Run,
    ImmutableArray<TargetProgress> Targets,
    ImmutableArray<ChartPoint> SessionsPerMonth,
    ImmutableArray<SavingsShareRow> Savings)
{
    public static InitiativeModel? Build(CollaborationFigures figures, string initiativeId, DateOnly today, CultureInfo culture)
    {
        if (!figures.Initiatives.TryGetValue(initiativeId, out var initiative))
        {
            return null;
        }

        var profile = initiative.Profile;
        var run = IndicatorValues.RunOf(profile, today);
        var snapshot = IndicatorCalculator.ForInitiative(figures, initiativeId, run);
        var targets = (profile.Targets ?? ImmutableDictionary<Indicator, decimal>.Empty).OrderBy(t => t.Key)
            .Select(t => new TargetProgress(t.Key, t.Value, IndicatorValues.Of(snapshot, t.Key))).ToImmutableArray();
        var months = Enumerable.Range(0, Math.Max(0, run.Months)).Select(i => run.From.AddMonths(i))
            .Select(m => new ChartPoint(m.FirstDay.ToString("MMM yyyy", culture), initiative.Months.GetValueOrDefault(m)?.SupportSessions ?? 0))
            .ToImmutableArray();
        var shares = profile.SavingsShares is { Count: > 0 } s && s.Values.Sum() > 0 ? s : null;
        var savings = profile.Kind != InitiativeKind.JointProcurement ? [] : profile.ParticipantIds.Select(id =>
        {
            var (estimated, realised) = IndicatorCalculator.SavingsShare(initiative, id, run);
            var share = shares is null ? 1m / profile.ParticipantIds.Length : shares.GetValueOrDefault(id) / shares.Values.Sum();
            return new SavingsShareRow(id, share, estimated, realised);
        }).ToImmutableArray();
        return new InitiativeModel(initiative, run, targets, months, savings);
    }
}
