using Collab.Dashboard.Resources;
using Collab.Dashboard.Views.Report;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Printing;

/// <summary>The report's sections in the PDF, in the page's order and with the page's texts.</summary>
public static class ReportPdfSections
{
    public static void Draw(PdfBlocks b, ReportModel m, IReadOnlyList<SummarySentence> summary, ReportFormat f, IStringLocalizer<SharedResource> s, DateOnly today, string version)
    {
        b.Title($"{f["Heading"]}: {f.Period(m.Period)}");
        b.Paragraph(f["Generated", f.Date(today)], muted: true);
        b.Paragraph(f["FiguresVersion", version], muted: true);

        b.Heading(f["SummaryHeading"]);
        foreach (var sentence in summary)
        {
            b.Bullet(f.Sentence(sentence));
        }

        b.Heading(f["KeyFiguresHeading"]);
        if (!m.HasData)
        {
            b.Paragraph(f["NoData"]);
        }

        // Period names head the columns: "Deze periode (…)" would not fit A4's width.
        b.Table(f["KeyFiguresCaption", f.Period(m.Period)], [f["IndicatorColumn"], f.ShortPeriod(m.Period), f.ShortPeriod(m.Previous), f["ChangeColumn"], f.ShortPeriod(m.YearBefore), f["ChangeColumn"]],
            [.. m.KeyFigures.Select(k => (IReadOnlyList<string>)[s[$"Indicator_{k.Indicator}"], f.Figure(k.Indicator, k.Value), f.Figure(k.Indicator, k.Previous), f.Change(k.ChangeOnPrevious), f.Figure(k.Indicator, k.YearBefore), f.Change(k.ChangeOnYearBefore)])],
            [0.27f, 0.14f, 0.14f, 0.13f, 0.14f, 0.13f], [false, true, true, true, true, true]);
        if (m.HasData)
        {
            b.Paragraph(f["ChartHeading"]);
            b.ColumnChart([.. m.SessionsPerMonth.Select(p => (p.Month.FirstDay.ToString("MMM yy", f.Culture), p.Value))], v => f.Figure(v, FigureFormat.Count));
            b.Table(null, [f["MonthColumn"], f["SessionsColumn"]], [.. m.SessionsPerMonth.Select(p => (IReadOnlyList<string>)[f.Month(p.Month), f.Figure(p.Value, FigureFormat.Count)])], [0.5f, 0.5f], [false, true]);
            b.Paragraph(f["AverageNote", f.Figure(m.MonthlyAverage, FigureFormat.OneDecimal)]);
        }

        Targets(b, m, f, s);
        Members(b, m, f, s);
    }

    private static void Targets(PdfBlocks b, ReportModel m, ReportFormat f, IStringLocalizer<SharedResource> s)
    {
        b.Heading(f["TargetsHeading"]);
        if (m.Targets.Length == 0)
        {
            b.Paragraph(f["TargetsEmpty"]);
            return;
        }

        b.Paragraph(f["TargetsBasis", f.Date(m.AsOf)], muted: true);
        b.Table(null, [f["InitiativeColumn"], f["IndicatorColumn"], f["RealisedColumn"], f["TargetColumn"], f["ForecastColumn"], f["EndColumn"], f["StatusColumn"]],
            [.. m.Targets.Select(t => (IReadOnlyList<string>)[f.Title(t.TitleNl, t.TitleEn), s[$"Indicator_{t.Outlook.Indicator}"], f.Figure(t.Outlook.Indicator, t.Outlook.Realised), f.Figure(t.Outlook.Indicator, t.Outlook.Target),
                t.Outlook.Forecast is { } fc ? f.Figure(t.Outlook.Indicator, fc) : "–", t.Outlook.End is { } e ? f.Date(e) : f["NoEnd"], f[$"Status_{t.Outlook.Status?.ToString() ?? "None"}"]])],
            [0.24f, 0.17f, 0.11f, 0.11f, 0.11f, 0.14f, 0.12f], [false, false, true, true, true, false, false]);
    }

    private static void Members(PdfBlocks b, ReportModel m, ReportFormat f, IStringLocalizer<SharedResource> s)
    {
        b.Heading(f["ComparisonHeading"]);
        b.Paragraph(f["ComparisonIntro"], muted: true);
        string[] rankHeaders = [f["MemberColumn"], f["FteColumn"], f["ActivitiesColumn"], f["PerFteColumn"]];
        IReadOnlyList<string> Rank(ComparisonRank r) => [r.Abbreviation, f.Figure(r.DivFte, FigureFormat.OneDecimal), f.Figure(r.Activities, FigureFormat.Count), f.Figure(r.PerFte, FigureFormat.TwoDecimals)];
        if (m.Comparison.Ranked.Length == 0)
        {
            b.Paragraph(f["ComparisonEmpty"]);
        }
        else
        {
            b.Table(f["TopCaption"], rankHeaders, [.. m.Comparison.Top.Select(Rank)], [0.4f, 0.2f, 0.2f, 0.2f], [false, true, true, true]);
            if (m.Comparison.Bottom.Length > 0)
            {
                b.Table(f["BottomCaption"], rankHeaders, [.. m.Comparison.Bottom.Select(Rank)], [0.4f, 0.2f, 0.2f, 0.2f], [false, true, true, true]);
            }
        }

        b.Heading(f["ExchangeHeading"]);
        var x = m.Exchange;
        if (x.Contacts == 0)
        {
            b.Paragraph(f["ExchangeEmpty"]);
        }
        else
        {
            b.Paragraph(f["ExchangeTotals", f.Figure(x.Contacts, FigureFormat.Count), f.Figure(x.Days, FigureFormat.OneDecimal), f.Figure(x.OutsideContacts, FigureFormat.Count)]);
            b.Table(f["ExchangeCaption"], [f["GiverColumn"], f["ReceiverColumn"], f["ContactsColumn"], f["DaysColumn"]],
                [.. x.TopPairs.Select(p => (IReadOnlyList<string>)[p.GiverAbbreviation, p.ReceiverAbbreviation ?? f["Outside"], f.Figure(p.Contacts, FigureFormat.Count), f.Figure(p.Days, FigureFormat.OneDecimal)])],
                [0.3f, 0.4f, 0.15f, 0.15f], [false, false, true, true]);
        }

        b.Heading(f["TrajectoriesHeading"]);
        if (m.Trajectories.Length == 0)
        {
            b.Paragraph(f["TrajectoriesEmpty"]);
        }
        else
        {
            b.Table(null, [f["InitiativeColumn"], f["PhaseColumn"], f["EstimatedColumn"], f["RealisedInPeriodColumn"], f["RealisedTotalColumn"]],
                [.. m.Trajectories.Select(t => (IReadOnlyList<string>)[f.Title(t.TitleNl, t.TitleEn), s[$"Phase_{t.Phase}"], f.Figure(t.EstimatedSavings, FigureFormat.Euros), f.Figure(t.RealisedInPeriod, FigureFormat.Euros), f.Figure(t.RealisedTotal, FigureFormat.Euros)])],
                [0.3f, 0.16f, 0.18f, 0.18f, 0.18f], [false, false, true, true, true]);
        }

        b.Heading(f["MembersHeading"]);
        if (m.Joined.Length == 0 && m.Left.Length == 0)
        {
            b.Paragraph(f["MembersEmpty"]);
        }

        foreach (var (caption, rows) in new[] { (f["JoinedCaption"], m.Joined), (f["LeftCaption"], m.Left) }.Where(g => g.Item2.Length > 0))
        {
            b.Table(caption, [f["MemberColumn"], f["KindColumn"], f["DateColumn"]],
                [.. rows.Select(r => (IReadOnlyList<string>)[$"{f.Title(r.NameNl, r.NameEn)} ({r.Abbreviation})", s[$"MemberKind_{r.Kind}"], f.Date(r.On)])], [0.5f, 0.25f, 0.25f], [false, false, false]);
        }
    }
}
