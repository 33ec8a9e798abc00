using System.Text.Json;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Dashboard.Views;

namespace Collab.Dashboard.Exports;

/// <summary>The overview's initiatives with their targets (one row per target) and its sessions chart: open data, like the page.</summary>
public static class OverviewExports
{
    public static ExportTable Initiatives(ExportSource source)
    {
        var model = OverviewModel.Build(source.Figures, source.Period, source.Today, source.Culture);
        var t = source.T;
        var rows = model.Initiatives.SelectMany(i => i.Targets.Length == 0
            ? [Row(source, i, null)]
            : i.Targets.Select(o => Row(source, i, o)));
        return source.Table(t["InitiativesHeading"], "initiatieven", t["TargetBasis", model.AsOf.ToString("d", source.Culture)],
            [
                new ExportColumn(t["InitiativeColumn"], ExportKind.Text), new ExportColumn(t["KindColumn"], ExportKind.Text), new ExportColumn(t["StatusColumn"], ExportKind.Text),
                new ExportColumn(t["IndicatorColumn"], ExportKind.Text), new ExportColumn(t["ActualColumn"], ExportKind.Whole), new ExportColumn(t["TargetColumn"], ExportKind.Whole),
                new ExportColumn(t["ProgressColumn"], ExportKind.Percent), new ExportColumn(t["ForecastColumn"], ExportKind.Whole), new ExportColumn(t["TargetStatusLabel"], ExportKind.Text),
            ],
            rows);
    }

    /// <summary>The download name of each headline figure's trend chart on the overview.</summary>
    public static readonly IReadOnlyDictionary<Indicator, string> TrendTables = new Dictionary<Indicator, string>
    {
        [Indicator.SupportSessions] = "sessies",
        [Indicator.PeopleHelped] = "geholpen",
        [Indicator.ExchangeDays] = "uitwisseldagen",
        [Indicator.RealisedSavings] = "besparingen",
    };

    /// <summary>The name of a trend's download links on the page, e.g. <c>overview-support-sessions</c>.</summary>
    public static string DownloadName(Indicator indicator) => "overview-" + JsonNamingPolicy.KebabCaseLower.ConvertName(indicator.ToString());

    public static ExportTable Trend(ExportSource source, Indicator indicator)
    {
        var model = OverviewModel.Build(source.Figures, source.Period, source.Today, source.Culture);
        var trend = model.Trends.Single(t => t.Indicator == indicator);
        var header = source.T[$"Indicator_{indicator}"];
        return source.Chart(source.X["TrendPerMonth", header], $"{TrendTables[indicator]}-per-maand", header, ExportValues.Of(indicator), trend.Points);
    }

    private static object?[] Row(ExportSource source, InitiativeProgress i, TargetOutlook? o)
    {
        var t = source.T;
        var title = source.Culture.TwoLetterISOLanguageName == "en" ? i.Profile.TitleEn : i.Profile.TitleNl;
        var status = i.Phase is { } phase ? t[$"Phase_{phase}"] : i.Running ? t["Running"] : t["NotRunning"];
        return o is null
            ? [title, t[$"InitiativeKind_{i.Profile.Kind}"].Value, status.Value, t["NoTargets"].Value, null, null, null, null, null]
            : [title, t[$"InitiativeKind_{i.Profile.Kind}"].Value, status.Value, t[$"Indicator_{o.Indicator}"].Value, Number(o.Realised, o.Indicator), Number(o.Target, o.Indicator),
                o.Progress, Number(o.Forecast, o.Indicator), InitiativeExports.Status(source, o)];
    }

    private static ExportNumber? Number(decimal? value, Indicator indicator) => value is { } v ? new ExportNumber(v, ExportValues.Of(indicator)) : null;
}
