using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Components.Charts;
using Collab.Dashboard.Links;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Exports;

/// <summary>What a page's download is made from: the same figures, view and language as the page, and where it came from.</summary>
public sealed record ExportSource(
    CollaborationFigures Figures,
    ViewState View,
    DateOnly Today,
    CultureInfo Culture,
    DateTimeOffset Now,
    string SourceUrl,
    IStringLocalizer<SharedResource> T,
    IStringLocalizer<ExportText> X)
{
    public Period Period => View.ToPeriod(Today);

    /// <summary>Which figures these are, in the header's words; null: live.</summary>
    public string? Version { get; init; }

    /// <summary>The MT report's texts, for the report's own tables; the other pages' downloads leave it unset.</summary>
    public IStringLocalizer<ReportText>? R { get; init; }

    public ExportTable Table(string title, string name, string filters, IEnumerable<ExportColumn> columns, IEnumerable<IEnumerable<object?>> rows) =>
        new(title, ExportHeader.FileName(name, Period), ExportHeader.For(title, Period, filters, Now, SourceUrl, Culture, X, Version),
            [.. columns], [.. rows.Select(r => r.ToImmutableArray())], Culture);

    /// <summary>The table behind a chart: its labels and values, as the chart's own "Toon als tabel" shows them.</summary>
    public ExportTable Chart(string title, string name, string valueHeader, ExportKind kind, IReadOnlyList<ChartPoint> points, string filters = "")
    {
        // A trend beside the same month a year before exports both columns, as its table on screen shows them.
        var withBefore = points.Any(p => p.Before is not null);
        ExportColumn[] columns = withBefore
            ? [new(X["LabelColumn"], ExportKind.Text), new(valueHeader, kind), new(X["BeforeColumn"], kind)]
            : [new(X["LabelColumn"], ExportKind.Text), new(valueHeader, kind)];
        return Table(X["ChartData", title], name, filters, columns,
            points.Select(p => withBefore ? new object?[] { p.Label, p.Value, p.Before } : new object?[] { p.Label, p.Value }));
    }
}
