using Collab.Contracts.Initiatives;
using Collab.Dashboard.Components.Members;
using Collab.Dashboard.Views;

namespace Collab.Dashboard.Exports;

/// <summary>An initiative page's targets, savings shares and sessions chart; null when there is no such initiative (or no trajectory).</summary>
public static class InitiativeExports
{
    public static ExportTable? Targets(ExportSource source, string id)
    {
        if (Model(source, id) is not { } model)
        {
            return null;
        }

        var t = source.T;
        return source.Table($"{Title(source, model)}: {t["TargetsHeading"]}", $"{id}-doelen", t["TargetBasis", model.AsOf.ToString("d", source.Culture)],
            [
                new ExportColumn(t["IndicatorColumn"], ExportKind.Text), new ExportColumn(t["ActualColumn"], ExportKind.Whole), new ExportColumn(t["TargetColumn"], ExportKind.Whole),
                new ExportColumn(t["ProgressColumn"], ExportKind.Percent), new ExportColumn(t["ExpectedColumn"], ExportKind.Whole), new ExportColumn(t["ForecastColumn"], ExportKind.Whole),
                new ExportColumn(t["DeadlineColumn"], ExportKind.Text), new ExportColumn(t["TargetStatusLabel"], ExportKind.Text),
            ],
            model.Targets.Select(o => new object?[]
            {
                t[$"Indicator_{o.Indicator}"].Value, Number(o.Realised, o.Indicator), Number(o.Target, o.Indicator), o.Progress,
                Number(o.Expected, o.Indicator), Number(o.Forecast, o.Indicator),
                o.End?.ToString("d", source.Culture) ?? t["TargetNoEndDate"], Status(source, o),
            }));
    }

    public static ExportTable? Savings(ExportSource source, string id) => Model(source, id) is not { Savings.Length: > 0 } model ? null
        : source.Table($"{Title(source, model)}: {source.T["SharesCaption"]}", $"{id}-besparingen", "",
            [
                new ExportColumn(source.T["Column_Member"], ExportKind.Text), new ExportColumn(source.T["ShareColumn"], ExportKind.Percent),
                new ExportColumn(source.T["EstimatedSavings"], ExportKind.Euros), new ExportColumn(source.T["Indicator_RealisedSavings"], ExportKind.Euros),
            ],
            model.Savings.Select(r => new object?[] { MemberNameTag.Text(r.Member, source.T), r.Share, r.Estimated, r.Realised }));

    public static ExportTable? Sessions(ExportSource source, string id) => Model(source, id) is not { } model ? null
        : source.Chart($"{Title(source, model)}: {source.T["TrendChartTitle"]}", $"{id}-sessies", source.T["Indicator_SupportSessions"], ExportKind.Whole, model.SessionsPerMonth);

    /// <summary>The status in words, as the badge says it beside its icon.</summary>
    public static string Status(ExportSource source, TargetOutlook o) => o.Status is { } status ? source.T[$"TargetStatus_{status}"] : o.Stage switch
    {
        TargetStage.NoEndDate => source.T["TargetNoEndDate"],
        TargetStage.NotStarted => source.T["TargetNotStarted", o.Start.ToString("d", source.Culture)],
        _ => source.T["TargetTooEarly"],
    };

    // Each row is its own indicator: money in euros, days to one decimal, counts whole, as the page shows it.
    private static ExportNumber? Number(decimal? value, Indicator indicator) => value is { } v ? new ExportNumber(v, ExportValues.Of(indicator)) : null;

    private static InitiativeModel? Model(ExportSource source, string id) => InitiativeModel.Build(source.Figures, id, source.Period, source.Today, source.Culture);

    private static string Title(ExportSource source, InitiativeModel model) =>
        source.Culture.TwoLetterISOLanguageName == "en" ? model.Initiative.Profile.TitleEn : model.Initiative.Profile.TitleNl;
}
