using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Components.Charts;

namespace Collab.Dashboard.Views;

public sealed record PartnerRow(string Partner, int ContactsGiven, decimal DaysGiven, int ContactsReceived, decimal DaysReceived);

/// <summary>One member's page: its indicators for the period, per month, and the organisations it exchanges with.</summary>
public sealed record MemberModel(
    MemberFigures Member,
    IndicatorSnapshot Indicators,
    ImmutableArray<ChartPoint> SessionsPerMonth,
    ImmutableArray<ChartPoint> ContactsPerMonth,
    ImmutableArray<PartnerRow> Partners)
{
    public static MemberModel? Build(CollaborationFigures figures, string memberId, Period period, CultureInfo culture)
    {
        if (!figures.Members.TryGetValue(memberId, out var member))
        {
            return null;
        }

        var months = Enumerable.Range(0, period.Months).Select(i => period.From.AddMonths(i)).ToList();
        ChartPoint Point(YearMonth m, decimal v) => new(m.FirstDay.ToString("MMM yyyy", culture), v);
        var own = IndicatorCalculator.InPeriod(member.Months, period);
        var matrix = IndicatorCalculator.Matrix(figures, period);
        var given = own.Given.GroupBy(g => g.Key.StartsWith(ExchangeMatrix.OutsidePrefix, StringComparison.Ordinal) ? g.Key[ExchangeMatrix.OutsidePrefix.Length..] : g.Key)
            .ToDictionary(g => g.Key, g => g.Aggregate(default(ContactTally), (a, kv) => a + kv.Value));
        var received = figures.Members.Keys.Where(k => k != memberId)
            .Select(k => (k, matrix[k, memberId])).Where(x => x.Item2.Contacts > 0).ToDictionary(x => x.k, x => x.Item2);
        var partners = given.Keys.Union(received.Keys).Select(p => new PartnerRow(
                figures.Members.TryGetValue(p, out var pm) ? pm.Profile.Abbreviation : p,
                given.GetValueOrDefault(p).Contacts, given.GetValueOrDefault(p).Days,
                received.GetValueOrDefault(p).Contacts, received.GetValueOrDefault(p).Days))
            .OrderByDescending(r => r.ContactsGiven + r.ContactsReceived).ToImmutableArray();

        return new MemberModel(
            member,
            IndicatorCalculator.ForMember(figures, memberId, period),
            [.. months.Select(m => Point(m, member.Months.GetValueOrDefault(m)?.SupportSessions ?? 0))],
            [.. months.Select(m => Point(m, member.Months.GetValueOrDefault(m)?.Given.Values.Sum(t => t.Contacts) ?? 0))],
            partners);
    }
}
