using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Links;
using Collab.Dashboard.Live;

namespace Collab.Dashboard.Views.Report;

/// <summary>
/// The report's period in its address (<c>?van=yyyy-MM&amp;tot=yyyy-MM</c>), so a link or the PDF shows the same months.
/// Without a (readable) period the report covers the last whole month, the usual span between two MT meetings.
/// </summary>
public static class ReportPeriod
{
    public static PeriodChoice FromQuery(string? from, string? to, DateOnly today)
    {
        if (PeriodChoice.FromInput(from) is not { } first || PeriodChoice.FromInput(to) is not { } last || last < first || last.Index - first.Index >= 120)
        {
            var month = YearMonth.Of(today).AddMonths(-1);
            return new PeriodChoice(PeriodKind.Month, month.Year, month.Month, month, month);
        }

        var months = last.Index - first.Index + 1;
        return (months, first.Month) switch
        {
            (1, _) => new PeriodChoice(PeriodKind.Month, first.Year, first.Month, first, last),
            (3, 1 or 4 or 7 or 10) => new PeriodChoice(PeriodKind.Quarter, first.Year, ((first.Month - 1) / 3) + 1, first, last),
            (12, 1) => new PeriodChoice(PeriodKind.Year, first.Year, 1, first, last),
            _ => new PeriodChoice(PeriodKind.Custom, first.Year, first.Month, first, last),
        };
    }

    public static string Query(Period period) =>
        string.Create(CultureInfo.InvariantCulture, $"van={period.From}&tot={period.To}");

    /// <summary>The report's address, with <c>cijfers=actueel</c> when it shows a fixed period's live figures: for links and downloads.</summary>
    public static string Query(Period period, bool live) => Query(period) + (live ? $"&{ViewQuery.FiguresKey}={ViewQuery.LiveFiguresValue}" : "");

    /// <summary>The report's address read as a view, so its downloads take the same months and figures as the page.</summary>
    public static ViewState View(string? from, string? to, string? figures, DateOnly today) =>
        new(FromQuery(from, to, today), LiveFigures: figures == ViewQuery.LiveFiguresValue);
}
