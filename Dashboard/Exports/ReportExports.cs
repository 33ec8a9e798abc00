using Collab.Contracts.Initiatives;
using Collab.Dashboard.Views.Report;

namespace Collab.Dashboard.Exports;

/// <summary>
/// The MT report's tables, each built from the same <see cref="ReportModel"/> as the page (and its PDF), in the report's
/// language, with its rows in the page's order and its figures at the page's decimals.
/// </summary>
public static class ReportExports
{
    public static ExportTable KeyFigures(ExportSource source)
    {
        var (model, f) = Model(source);
        return Table(source, f, f["KeyFiguresHeading"], "kerncijfers",
            [
                new(f["IndicatorColumn"], ExportKind.Text), new(f["ThisPeriodColumn"], ExportKind.Whole), new(f["PreviousColumn", f.Period(model.Previous)], ExportKind.Whole),
                new(f["ChangeColumn"], ExportKind.Percent), new(f["YearBeforeColumn", f.Period(model.YearBefore)], ExportKind.Whole), new(f["ChangeColumn"], ExportKind.Percent),
            ],
            model.KeyFigures.Select(k => new object?[]
            {
                source.T[$"Indicator_{k.Indicator}"].Value, Number(k.Value, k.Indicator), Number(k.Previous, k.Indicator), k.ChangeOnPrevious,
                Number(k.YearBefore, k.Indicator), k.ChangeOnYearBefore,
            }));
    }

    /// <summary>The table behind the sessions-per-month chart.</summary>
    public static ExportTable Sessions(ExportSource source)
    {
        var (model, f) = Model(source);
        return source.Chart($"{f["PageTitle"]}: {f["ChartHeading"]}", "rapport-sessies", f["SessionsColumn"], ExportKind.Whole,
            [.. model.SessionsPerMonth.Select(m => new Components.Charts.ChartPoint(f.ChartMonth(m.Month), m.Value))], f["ExportLanguage"]);
    }

    public static ExportTable Targets(ExportSource source)
    {
        var (model, f) = Model(source);
        return Table(source, f, f["TargetsHeading"], "doelen",
            [
                new(f["InitiativeColumn"], ExportKind.Text), new(f["IndicatorColumn"], ExportKind.Text), new(f["RealisedColumn"], ExportKind.Whole),
                new(f["TargetColumn"], ExportKind.Whole), new(f["ForecastColumn"], ExportKind.Whole), new(f["EndColumn"], ExportKind.Text), new(f["StatusColumn"], ExportKind.Text),
            ],
            model.Targets.Select(t => new object?[]
            {
                f.Title(t.TitleNl, t.TitleEn), source.T[$"Indicator_{t.Outlook.Indicator}"].Value, Number(t.Outlook.Realised, t.Outlook.Indicator),
                Number(t.Outlook.Target, t.Outlook.Indicator), t.Outlook.Forecast is { } forecast ? Number(forecast, t.Outlook.Indicator) : null,
                t.Outlook.End is { } end ? f.Date(end) : f["NoEnd"], f[$"Status_{t.Outlook.Status?.ToString() ?? "None"}"],
            }));
    }

    public static ExportTable Top(ExportSource source) => Ranks(source, "TopCaption", "top", Model(source).Model.Comparison.Top);

    public static ExportTable Bottom(ExportSource source) => Ranks(source, "BottomCaption", "onderaan", Model(source).Model.Comparison.Bottom);

    public static ExportTable Exchange(ExportSource source)
    {
        var (model, f) = Model(source);
        return Table(source, f, f["ExchangeCaption"], "uitwisseling",
            [new(f["GiverColumn"], ExportKind.Text), new(f["ReceiverColumn"], ExportKind.Text), new(f["ContactsColumn"], ExportKind.Whole), new(f["DaysColumn"], ExportKind.OneDecimal)],
            model.Exchange.TopPairs.Select(p => new object?[] { p.GiverAbbreviation, p.ReceiverAbbreviation ?? f["Outside"], (decimal)p.Contacts, p.Days }));
    }

    public static ExportTable Trajectories(ExportSource source)
    {
        var (model, f) = Model(source);
        return Table(source, f, f["TrajectoriesHeading"], "trajecten",
            [
                new(f["InitiativeColumn"], ExportKind.Text), new(f["PhaseColumn"], ExportKind.Text), new(f["EstimatedColumn"], ExportKind.Euros),
                new(f["RealisedInPeriodColumn"], ExportKind.Euros), new(f["RealisedTotalColumn"], ExportKind.Euros),
            ],
            model.Trajectories.Select(t => new object?[] { f.Title(t.TitleNl, t.TitleEn), source.T[$"Phase_{t.Phase}"].Value, t.EstimatedSavings, t.RealisedInPeriod, t.RealisedTotal }));
    }

    public static ExportTable Joined(ExportSource source) => Members(source, "JoinedCaption", "nieuwe-leden", Model(source).Model.Joined);

    public static ExportTable Left(ExportSource source) => Members(source, "LeftCaption", "vertrokken-leden", Model(source).Model.Left);

    private static ExportTable Ranks(ExportSource source, string caption, string name, IEnumerable<ComparisonRank> rows)
    {
        var f = Format(source);
        return Table(source, f, f[caption], name,
            [new(f["MemberColumn"], ExportKind.Text), new(f["FteColumn"], ExportKind.OneDecimal), new(f["ActivitiesColumn"], ExportKind.Whole), new(f["PerFteColumn"], ExportKind.TwoDecimals)],
            rows.Select(r => new object?[] { r.Abbreviation, r.DivFte, r.Activities, r.PerFte }));
    }

    private static ExportTable Members(ExportSource source, string caption, string name, IEnumerable<MembershipChange> rows)
    {
        var f = Format(source);
        return Table(source, f, f[caption], name,
            [new(f["MemberColumn"], ExportKind.Text), new(f["KindColumn"], ExportKind.Text), new(f["DateColumn"], ExportKind.Text)],
            rows.Select(m => new object?[] { $"{f.Title(m.NameNl, m.NameEn)} ({m.Abbreviation})", source.T[$"MemberKind_{m.Kind}"].Value, f.Date(m.On) }));
    }

    // The report's language goes in the header's filter line: the report has no filters, and a Dutch and an English file differ.
    private static ExportTable Table(ExportSource source, ReportFormat f, string heading, string name, IEnumerable<ExportColumn> columns, IEnumerable<IEnumerable<object?>> rows) =>
        source.Table($"{f["PageTitle"]}: {heading}", $"rapport-{name}", f["ExportLanguage"], columns, rows);

    private static (ReportModel Model, ReportFormat Format) Model(ExportSource source) =>
        (ReportBuilder.Build(source.Figures, source.Period, source.Today), Format(source));

    private static ReportFormat Format(ExportSource source) =>
        new(source.R ?? throw new InvalidOperationException("The report's downloads need the report's texts."), source.Culture);

    // Each row is its own indicator: money in euros, days and hours to one decimal, counts whole, as the report shows it.
    private static ExportNumber Number(decimal value, Indicator indicator) => new(value, ExportValues.Of(indicator));
}
