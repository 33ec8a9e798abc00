namespace Collab.Dashboard.OpenData;

/// <summary>
/// A table of counts with its totals, as published: <see cref="Values"/> is (rows + 1) × (columns + 1), the last column the
/// row totals, the last row the column totals, the corner the grand total. A suppressed cell is published as the marker.
/// </summary>
public sealed record ProtectedTable(decimal[,] Values, bool[,] Suppressed, bool[,] Primary)
{
    public int Rows => Values.GetLength(0) - 1;

    public int Columns => Values.GetLength(1) - 1;

    /// <summary>The published value of a cell, or null where it is suppressed.</summary>
    public decimal? Published(int row, int column) => Suppressed[row, column] ? null : Values[row, column];
}
