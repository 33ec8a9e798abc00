using Collab.Dashboard.Views;

namespace Collab.Dashboard.Exports;

/// <summary>The comparison page's table and chart, built by the same model with the same choices as the page.</summary>
public static class ComparisonExports
{
    public static ExportKind KindOf(ComparisonColumn column, bool perFte) => column switch
    {
        ComparisonColumn.Member => ExportKind.Text,
        ComparisonColumn.ShareOfInitiativesJoined => ExportKind.Percent,
        ComparisonColumn.ActivitiesPerFte or ComparisonColumn.DivFte or ComparisonColumn.DaysGiven or ComparisonColumn.DaysReceived => ExportKind.TwoDecimals,
        _ => perFte ? ExportKind.TwoDecimals : ExportKind.Whole,
    };

    /// <summary>The chart shows the sorted column, or sessions when sorted by name.</summary>
    public static ComparisonColumn ChartColumn(ComparisonOptions options) =>
        options.SortBy == ComparisonColumn.Member ? ComparisonColumn.SupportSessions : options.SortBy;

    public static ExportTable Table(ExportSource source)
    {
        var options = source.View.Comparison(source.Today);
        var rows = ComparisonModel.Build(source.Figures, options);
        var columns = Enum.GetValues<ComparisonColumn>();
        return source.Table(source.T["ComparisonHeading"], "vergelijking", Filters(source, options),
            columns.Select(c => new ExportColumn(source.T[$"Column_{c}"], KindOf(c, options.PerFte))),
            rows.Select(r => columns.Select(c => c == ComparisonColumn.Member ? r.Member.Abbreviation : (object?)r.Value(c))));
    }

    public static ExportTable Chart(ExportSource source)
    {
        var options = source.View.Comparison(source.Today);
        var column = ChartColumn(options);
        var rows = ComparisonModel.Build(source.Figures, options);
        return source.Chart(source.T["ComparisonChartTitle", source.T[$"Column_{column}"]], "vergelijking-grafiek", source.T[$"Column_{column}"],
            KindOf(column, options.PerFte), [.. rows.Select(r => new Components.Charts.ChartPoint(r.Member.Abbreviation, r.Value(column) ?? 0))], Filters(source, options));
    }

    private static string Filters(ExportSource source, ComparisonOptions options)
    {
        var (t, x) = (source.T, source.X);
        List<string> parts = [options.PerFte ? t["PerFte"] : t["Absolute"]];
        if (options.Kind is { } kind)
        {
            parts.Add($"{t["FilterKind"]}: {t[$"MemberKind_{kind}"]}");
        }

        if (options.ParentMinistryId is { } parent)
        {
            parts.Add($"{t["FilterParent"]}: {(source.Figures.Members.TryGetValue(parent, out var m) ? m.Profile.Abbreviation : parent)}");
        }

        parts.Add(x["SortLine", t[$"Column_{options.SortBy}"], options.Descending ? x["Descending"] : x["Ascending"]]);
        return string.Join(" · ", parts);
    }
}
