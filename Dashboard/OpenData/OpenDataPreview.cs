using System.Collections.Immutable;

namespace Collab.Dashboard.OpenData;

/// <summary>
/// The open-data page's table of one published version: people helped per member (rows) per month (columns), totals last,
/// suppressed cells as published. The page and its download read this one shape, so both show the same cells in the same order.
/// </summary>
public sealed record OpenDataPreview(ImmutableArray<string> Members, ImmutableArray<string> Months, IReadOnlyDictionary<(string Member, string Month), OpenDataRow> Cells)
{
    /// <summary>The indicator the page shows: the one the suppression is about.</summary>
    public const string Indicator = "people-helped";

    public static OpenDataPreview Of(OpenDataSet set)
    {
        var rows = set.Rows.Where(r => r.Indicator == Indicator).ToList();
        return new(
            [.. rows.Where(r => r.Month == OpenDataSet.Total).Select(r => r.Member)],
            [.. rows.Where(r => r.Member == OpenDataSet.Total).Select(r => r.Month)],
            rows.ToDictionary(r => (r.Member, r.Month)));
    }
}
