using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;

namespace Collab.Contracts.Indicators;

/// <summary>
/// The one place indicators are computed, so every screen sums the same way.
/// Ratios are rounded half away from zero: averages, hours, savings shares and per-FTE to 2 decimals, shares to 4.
/// </summary>
public static class IndicatorCalculator
{
    /// <summary>Month figures added up; the topic and contact tallies are gathered in plain dictionaries, which stays fast over many members.</summary>
    public static MonthFigures Sum(IEnumerable<MonthFigures> months)
    {
        var (sessions, helped, minutes, leaflets, points, people) = (0, 0, 0, 0, 0L, 0);
        var topics = new Dictionary<SupportTopic, int>();
        var given = new Dictionary<string, ContactTally>(MonthFigures.Empty.Given.KeyComparer);
        var any = false;
        foreach (var m in months)
        {
            any = true;
            (sessions, helped, minutes, leaflets) = (sessions + m.SupportSessions, helped + m.PeopleHelped, minutes + m.SupportMinutes, leaflets + m.Leaflets);
            (points, people) = (points + m.SatisfactionPoints, people + m.SatisfactionPeople);
            foreach (var (topic, count) in m.Topics)
            {
                topics[topic] = topics.GetValueOrDefault(topic) + count;
            }

            foreach (var (receiver, tally) in m.Given)
            {
                given[receiver] = given.GetValueOrDefault(receiver) + tally;
            }
        }

        return !any ? MonthFigures.Empty : new MonthFigures(
            sessions, helped, minutes, leaflets, points, people,
            topics.ToImmutableDictionary(MonthFigures.Empty.Topics.KeyComparer), given.ToImmutableDictionary(MonthFigures.Empty.Given.KeyComparer));
    }

    public static MonthFigures InPeriod(ImmutableDictionary<YearMonth, MonthFigures> months, Period period) =>
        Sum(months.Where(kv => period.Contains(kv.Key)).Select(kv => kv.Value));

    // Figures are immutable: a period's matrix is built once per figures, however many pages and members ask for it.
    private static readonly ConditionalWeakTable<CollaborationFigures, ConcurrentDictionary<Period, ExchangeMatrix>> Matrices = new();

    public static ExchangeMatrix Matrix(CollaborationFigures data, Period period) =>
        Matrices.GetValue(data, static _ => new()).GetOrAdd(period, p => BuildMatrix(data, p));

    private static ExchangeMatrix BuildMatrix(CollaborationFigures data, Period period) => new(data.Members.ToImmutableDictionary(
        m => m.Key,
        m => InPeriod(m.Value.Months, period).Given
            .GroupBy(g => ExchangeMatrix.Column(g.Key))
            .ToImmutableDictionary(g => g.Key, g => g.Aggregate(default(ContactTally), (a, kv) => a + kv.Value))));

    /// <summary>A member's indicators; the period's matrix and participation are built once per figures, however many members ask.</summary>
    public static IndicatorSnapshot ForMember(CollaborationFigures data, string memberId, Period period, ExchangeMatrix? matrix = null)
    {
        var member = data.Members[memberId];
        var own = InPeriod(member.Months, period);
        matrix ??= Matrix(data, period);
        var givenTo = own.Given.Keys;
        var receivedFrom = matrix.ReceivedFrom(memberId).Where(g => g.Key != memberId && g.Value.Contacts > 0).Select(g => g.Key);
        var contacts = own.Given.Values.Sum(t => t.Contacts);
        var outside = own.Given.Where(g => ExchangeMatrix.Column(g.Key) == ExchangeMatrix.Outside).Sum(g => g.Value.Contacts);
        var part = ParticipationOf.For(data, period);
        var mine = part.Members.GetValueOrDefault(memberId);

        return Snapshot(period, own, contacts, matrix.ReceivedBy(memberId).Days, givenTo.Union(receivedFrom).Count(), outside) with
        {
            TrajectoriesJoined = mine.TrajectoriesJoined,
            EstimatedSavings = mine.Estimated,
            RealisedSavings = mine.Realised,
            ActivitiesPerFte = member.Profile.DivFte > 0 ? Round2((own.SupportSessions + contacts) / member.Profile.DivFte) : null,
            ShareOfInitiativesJoined = part.Running > 0 ? Round4((decimal)mine.Joined / part.Running) : null,
        };
    }

    public static IndicatorSnapshot ForInitiative(CollaborationFigures data, string initiativeId, Period period)
    {
        var initiative = data.Initiatives[initiativeId];
        var own = InPeriod(initiative.Months, period);
        var contacts = own.Given.Values.Sum(t => t.Contacts);
        var outside = own.Given.Where(g => ExchangeMatrix.Column(g.Key) == ExchangeMatrix.Outside).Sum(g => g.Value.Contacts);
        var (estimated, realised) = Savings(initiative.Trajectory, period);
        return Snapshot(period, own, contacts, 0, own.Given.Count, outside) with
        {
            TrajectoriesJoined = initiative.Profile.Kind == InitiativeKind.JointProcurement ? 1 : 0,
            EstimatedSavings = estimated,
            RealisedSavings = realised,
        };
    }

    public static IndicatorSnapshot ForCollaboration(CollaborationFigures data, Period period)
    {
        var all = InPeriod(CollaborationTotals.Of(data), period);
        var contacts = all.Given.Values.Sum(t => t.Contacts);
        var outsideKeys = all.Given.Keys.Where(k => ExchangeMatrix.Column(k) == ExchangeMatrix.Outside).ToList();
        var outside = outsideKeys.Sum(k => all.Given[k].Contacts);
        var received = all.Given.Where(g => ExchangeMatrix.Column(g.Key) != ExchangeMatrix.Outside).Sum(g => g.Value.Days);
        var savings = data.Initiatives.Values.Select(i => Savings(i.Trajectory, period)).ToList();
        var fte = data.Members.Values.Sum(m => m.Profile.DivFte);
        return Snapshot(period, all, contacts, received, outsideKeys.Count, outside) with
        {
            TrajectoriesJoined = data.Initiatives.Values.Count(i => i.Profile.Kind == InitiativeKind.JointProcurement && IsRunning(i.Profile, period)),
            EstimatedSavings = savings.Sum(s => s.Estimated),
            RealisedSavings = savings.Sum(s => s.Realised),
            ActivitiesPerFte = fte > 0 ? Round2((all.SupportSessions + contacts) / fte) : null,
        };
    }

    /// <summary>Estimated savings as on the period's last day; realised savings that came in during the period.</summary>
    public static (decimal Estimated, decimal Realised) Savings(ProcurementTrajectory trajectory, Period period)
    {
        var end = trajectory.AsOn(period.To.LastDay);
        // A period from the first month ever ("as on") has nothing before it.
        var before = period.From.FirstDay == DateOnly.MinValue ? TrajectoryStep.Start : trajectory.AsOn(period.From.FirstDay.AddDays(-1));
        return (end.EstimatedSavings, end.RealisedSavings - before.RealisedSavings);
    }

    /// <summary>A member's part of a trajectory's savings: by stated shares when given, else equal over the participants.</summary>
    public static (decimal Estimated, decimal Realised) SavingsShare(InitiativeFigures initiative, string memberId, Period period)
    {
        var participants = initiative.Profile.ParticipantIds;
        if (initiative.Profile.Kind != InitiativeKind.JointProcurement || !participants.Contains(memberId))
        {
            return (0, 0);
        }

        var shares = initiative.Profile.SavingsShares;
        var share = shares is { Count: > 0 } && shares.Values.Sum() > 0
            ? shares.GetValueOrDefault(memberId) / shares.Values.Sum()
            : 1m / participants.Length;
        var (estimated, realised) = Savings(initiative.Trajectory, period);
        return (Round2(estimated * share), Round2(realised * share));
    }

    public static bool IsRunning(InitiativeProfile profile, Period period) =>
        profile.Start <= period.To.LastDay && (profile.End is null || profile.End >= period.From.FirstDay);

    private static IndicatorSnapshot Snapshot(Period period, MonthFigures f, int contacts, decimal daysReceived, int partners, int outside) => new(
        period,
        f.SupportSessions,
        f.PeopleHelped,
        Round2(f.SupportMinutes / 60m),
        f.SatisfactionPeople > 0 ? Round2((decimal)f.SatisfactionPoints / f.SatisfactionPeople) : null,
        f.Leaflets,
        f.Topics,
        contacts,
        f.Given.Values.Sum(t => t.Days),
        daysReceived,
        partners,
        contacts > 0 ? Round4((decimal)outside / contacts) : null,
        0,
        0,
        0,
        null,
        null);

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static decimal Round4(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
