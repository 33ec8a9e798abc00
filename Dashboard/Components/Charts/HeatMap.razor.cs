using Microsoft.AspNetCore.Components;

namespace Collab.Dashboard.Components.Charts;

/// <summary>Parameters of the heat map; the shading itself is worked out by <see cref="HeatShade"/>.</summary>
public partial class HeatMap
{
    private static readonly decimal[] LegendSteps = [0m, 1m, 2m, 3m, 4m];

    // Unique per instance so two heat maps on one page never share a caption id.
    private readonly string id = "heatmap-" + Guid.NewGuid().ToString("N")[..10];
    private decimal max;

    [Parameter, EditorRequired] public string Title { get; set; } = "";

    [Parameter, EditorRequired] public string Description { get; set; } = "";

    [Parameter, EditorRequired] public IReadOnlyList<string> RowLabels { get; set; } = [];

    [Parameter, EditorRequired] public IReadOnlyList<string> ColumnLabels { get; set; } = [];

    /// <summary>Values[row, column]; its size must match the row and column labels.</summary>
    [Parameter, EditorRequired] public decimal[,] Values { get; set; } = new decimal[0, 0];

    /// <summary>How values read; by default a grouped number in the current culture.</summary>
    [Parameter] public Func<decimal, string>? ValueFormat { get; set; }

    /// <summary>What the rows are, e.g. "Gever"; heads the row labels.</summary>
    [Parameter, EditorRequired] public string RowHeader { get; set; } = "";

    /// <summary>What the columns are, e.g. "Ontvanger"; heads the column labels.</summary>
    [Parameter, EditorRequired] public string ColumnHeader { get; set; } = "";

    /// <summary>Raised with (row, column) when someone chooses a non-zero cell.</summary>
    [Parameter] public EventCallback<(int Row, int Column)> OnCellSelected { get; set; }

    /// <summary>The chosen cell, shown pressed; null when none is chosen.</summary>
    [Parameter] public (int Row, int Column)? SelectedCell { get; set; }

    private Func<decimal, string> Format => ValueFormat ?? ChartFormat.Number;

    protected override void OnParametersSet()
    {
        // A mismatch is a page bug: failing loudly beats showing figures under the wrong labels.
        if (Values.GetLength(0) != RowLabels.Count || Values.GetLength(1) != ColumnLabels.Count)
        {
            throw new ArgumentException(
                $"Values is {Values.GetLength(0)}×{Values.GetLength(1)} but there are {RowLabels.Count} row and {ColumnLabels.Count} column labels.");
        }

        max = 0m;
        foreach (var value in Values)
        {
            max = Math.Max(max, value);
        }
    }
}
