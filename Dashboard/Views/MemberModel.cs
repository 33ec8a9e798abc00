using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Dashboard.Components.Charts;

namespace Collab.Dashboard.Views;

public sealed record PartnerRow(string Partner, int ContactsGiven, decimal DaysGiven, int ContactsReceived, decimal DaysReceived);

/// <summary>
/// One member's page: its indicators for the period, per month, and the organisations it exchanges with. <see cref="Named"/> is the
/// profile under the names of the period's end (a report over 2023 shows the name of 2023); <see cref="Formerly"/> the name before
/// the current one, when the period already shows the current one.
/// </summary>
public sealed record MemberModel(
    MemberFigures Member,
    MemberProfile Named,
    FormerName? Formerly,
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
        ChartPoint Point(YearMonth m, decimal v) => new(Formats.Month(m, culture), v);
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
            member.Profile.NamedAsOn(period.To.LastDay),
            Formats.Formerly(member.Profile, period.To.LastDay),
            IndicatorCalculator.ForMember(figures, memberId, period),
            [.. months.Select(m => Point(m, member.Months.GetValueOrDefault(m)?.SupportSessions ?? 0))],
            [.. months.Select(m => Point(m, member.Months.GetValueOrDefault(m)?.Given.Values.Sum(t => t.Contacts) ?? 0))],
            partners);
    }
}
