using System.Collections.Immutable;

namespace Collab.Dashboard.Views;

/// <summary>One page of the sorted comparison: what a viewer's page renders, however many members there are.</summary>
/// <param name="Number">This page, 1 first.</param>
public sealed record ComparisonPage(ImmutableArray<ComparisonRow> Rows, int Number, int Pages, int Total)
{
    /// <summary>Rows per page: enough to compare a ministry's family at a glance, few enough to render in milliseconds.</summary>
    public const int Size = 50;

    public static ComparisonPage Empty { get; } = new([], 1, 1, 0);
}
