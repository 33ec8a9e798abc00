using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Views;

/// <summary>One line behind a matrix cell: a month (between members) or an organisation outside the collaboration.</summary>
public sealed record ContactDetail(string Label, int Contacts, decimal Days);

/// <summary>
/// The exchange matrix as the page shows it: members as givers (rows), members plus "outside" as receivers (columns), each
/// member named as on the period's end (<see cref="Names"/>).
/// </summary>
public sealed record ExchangeModel(ImmutableArray<string> Givers, ImmutableArray<string> Receivers, decimal[,] Values, ImmutableDictionary<string, MemberLabel> Names)
{
    public static ExchangeModel Build(CollaborationFigures figures, Period period, bool days)
    {
        var names = figures.Members.Values.ToImmutableDictionary(m => m.Profile.Id, m => MemberLabel.Of(m.Profile, period.To.LastDay));
        var members = figures.Members.Values.OrderBy(m => m.Profile.Kind).ThenBy(m => names[m.Profile.Id].Abbreviation, StringComparer.Ordinal)
            .Select(m => m.Profile.Id).ToImmutableArray();
        var receivers = members.Add(ExchangeMatrix.Outside);
        var matrix = IndicatorCalculator.Matrix(figures, period);
        var values = new decimal[members.Length, receivers.Length];
        for (var r = 0; r < members.Length; r++)
        {
            for (var c = 0; c < receivers.Length; c++)
            {
                var cell = matrix[members[r], receivers[c]];
                values[r, c] = days ? cell.Days : cell.Contacts;
            }
        }

        return new ExchangeModel(members, receivers, values, names);
    }

    /// <summary>The contacts behind one cell: organisations only, never people.</summary>
    public static ImmutableArray<ContactDetail> Behind(CollaborationFigures figures, Period period, string giver, string receiver, CultureInfo culture)
    {
        var months = figures.Members[giver].Months.Where(m => period.Contains(m.Key)).OrderBy(m => m.Key).ToList();
        if (receiver == ExchangeMatrix.Outside)
        {
            return [.. months.SelectMany(m => m.Value.Given)
                .Where(g => g.Key.StartsWith(ExchangeMatrix.OutsidePrefix, StringComparison.Ordinal))
                .GroupBy(g => g.Key[ExchangeMatrix.OutsidePrefix.Length..])
                .Select(g => new ContactDetail(g.Key, g.Sum(x => x.Value.Contacts), g.Sum(x => x.Value.Days)))
                .OrderByDescending(d => d.Contacts)];
        }

        return [.. months.Where(m => m.Value.Given.ContainsKey(receiver))
            .Select(m => new ContactDetail(Formats.Month(m.Key, culture), m.Value.Given[receiver].Contacts, m.Value.Given[receiver].Days))];
    }
}
