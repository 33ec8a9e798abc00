using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Periods;

namespace Collab.Dashboard.OpenData;

/// <summary>One value of the member × month table; <see cref="Member"/> or <see cref="Month"/> is <c>total</c> on a total. A suppressed value is null.</summary>
public sealed record OpenDataRow(string Member, string Month, string Indicator, decimal? Value, bool Suppressed);

/// <summary>One cell of the exchange table over the whole period; giver or receiver is <c>total</c> on a total.</summary>
public sealed record ExchangeRow(string Giver, string Receiver, decimal? Contacts, bool Suppressed);

/// <summary>What is published of one version: the documented shape of <c>data.json</c>.</summary>
public sealed record OpenDataSet(
    string Period,
    int Version,
    DateTimeOffset PublishedAt,
    bool Superseded,
    int MinimumGroupSize,
    string Marker,
    ImmutableArray<OpenDataRow> Rows,
    ImmutableArray<ExchangeRow> Exchange)
{
    public const string Total = "total";

    /// <summary>What a suppressed value is shown as in the CSV files and on the page.</summary>
    public const string SuppressedMarker = "x";

    public static OpenDataSet Build(PeriodVersion version, CollaborationFigures figures, int minimumGroupSize)
    {
        PeriodKey.TryParse(version.Period, out var period);
        var members = figures.Members.Values.Where(m => m.Profile.IsMemberDuring(period.From.FirstDay, period.To.LastDay))
            .Select(m => m.Profile.Id).Order(StringComparer.Ordinal).ToList();
        var months = Enumerable.Range(0, period.Months).Select(period.From.AddMonths).ToList();
        var rows = ImmutableArray.CreateBuilder<OpenDataRow>();
        foreach (var indicator in OpenDataIndicator.PerMemberMonth)
        {
            var cells = new decimal[members.Count, months.Count];
            for (var r = 0; r < members.Count; r++)
            {
                for (var c = 0; c < months.Count; c++)
                {
                    cells[r, c] = ValueOf(indicator, figures.Members[members[r]].Months.GetValueOrDefault(months[c]));
                }
            }

            var table = indicator.CountsPeople ? Suppression.Protect(cells, minimumGroupSize) : Suppression.Protect(cells, 0);
            for (var r = 0; r <= members.Count; r++)
            {
                for (var c = 0; c <= months.Count; c++)
                {
                    rows.Add(new OpenDataRow(r < members.Count ? members[r] : Total, c < months.Count ? months[c].ToString() : Total,
                        indicator.Name, table.Published(r, c), table.Suppressed[r, c]));
                }
            }
        }

        return new OpenDataSet(version.Period, version.Number, version.StateAt, !version.IsCurrent, minimumGroupSize, SuppressedMarker,
            rows.ToImmutable(), ExchangeRows(figures, period, members, minimumGroupSize));
    }

    private static ImmutableArray<ExchangeRow> ExchangeRows(CollaborationFigures figures, Period period, List<string> members, int minimumGroupSize)
    {
        var matrix = IndicatorCalculator.Matrix(figures, period);
        var receivers = members.Append(ExchangeMatrix.Outside).ToList();
        var cells = new decimal[members.Count, receivers.Count];
        for (var r = 0; r < members.Count; r++)
        {
            for (var c = 0; c < receivers.Count; c++)
            {
                cells[r, c] = matrix[members[r], receivers[c]].Contacts;
            }
        }

        var table = Suppression.Protect(cells, minimumGroupSize);
        var rows = ImmutableArray.CreateBuilder<ExchangeRow>();
        for (var r = 0; r <= members.Count; r++)
        {
            for (var c = 0; c <= receivers.Count; c++)
            {
                rows.Add(new ExchangeRow(r < members.Count ? members[r] : Total, c < receivers.Count ? receivers[c] : Total, table.Published(r, c), table.Suppressed[r, c]));
            }
        }

        return rows.ToImmutable();
    }

    private static decimal ValueOf(OpenDataIndicator indicator, MonthFigures? month) => month is null ? 0 : indicator.Name switch
    {
        "support-sessions" => month.SupportSessions,
        "support-hours" => Math.Round(month.SupportMinutes / 60m, 2, MidpointRounding.AwayFromZero),
        "people-helped" => month.PeopleHelped,
        "exchange-days-given" => month.Given.Values.Sum(t => t.Days),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Name, null),
    };
}
