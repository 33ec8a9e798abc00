namespace Collab.Dashboard.OpenData;

/// <summary>
/// Minimum group size with secondary suppression for a two-way table with its row, column and grand totals.
/// Primary: a count (a cell or a total) from 1 to below the threshold is suppressed. Secondary: while the published cells and
/// totals still determine any suppressed one (the linear system of the table's sums has one solution for it), one more cell in
/// the row or column of such a cell is suppressed. Whether a cell is determined depends only on which cells are suppressed.
/// </summary>
public static class Suppression
{
    public static ProtectedTable Protect(decimal[,] cells, int minimumGroupSize)
    {
        int rows = cells.GetLength(0), columns = cells.GetLength(1);
        var values = new decimal[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                values[r, c] = cells[r, c];
                values[r, columns] += cells[r, c];
                values[rows, c] += cells[r, c];
                values[rows, columns] += cells[r, c];
            }
        }

        var primary = new bool[rows + 1, columns + 1];
        var suppressed = new bool[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                primary[r, c] = suppressed[r, c] = values[r, c] > 0 && values[r, c] < minimumGroupSize;
            }
        }

        for (var open = Disclosure.Determined(suppressed); open.Count > 0; open = Disclosure.Determined(suppressed))
        {
            var (r, c) = Complement(values, suppressed, open);
            suppressed[r, c] = true;
        }

        return new ProtectedTable(values, suppressed, primary);
    }

    /// <summary>
    /// The next cell to suppress, from the rows and columns of the cells still determined: the one that leaves the fewest
    /// determined, then an inner cell before a total, a non-zero one before a zero, the smallest, the first.
    /// </summary>
    private static (int Row, int Column) Complement(decimal[,] values, bool[,] suppressed, IReadOnlyList<(int Row, int Column)> open)
    {
        int lastRow = values.GetLength(0) - 1, lastColumn = values.GetLength(1) - 1;
        var candidates = open
            .SelectMany(o => Enumerable.Range(0, lastColumn + 1).Select(c => (Row: o.Row, Column: c)).Concat(Enumerable.Range(0, lastRow + 1).Select(r => (Row: r, Column: o.Column))))
            .Where(p => !suppressed[p.Row, p.Column]).Distinct().ToList();
        if (candidates.Count == 0)
        {
            // Never expected (a determined cell has a published neighbour); any published cell still ends the loop.
            candidates = [.. Enumerable.Range(0, lastRow + 1).SelectMany(r => Enumerable.Range(0, lastColumn + 1).Select(c => (Row: r, Column: c))).Where(p => !suppressed[p.Row, p.Column])];
        }

        return candidates
            .OrderBy(p => LeftOpen(suppressed, p))
            .ThenBy(p => p.Row == lastRow || p.Column == lastColumn)
            .ThenBy(p => values[p.Row, p.Column] == 0)
            .ThenBy(p => values[p.Row, p.Column])
            .ThenBy(p => p.Row).ThenBy(p => p.Column)
            .First();
    }

    private static int LeftOpen(bool[,] suppressed, (int Row, int Column) extra)
    {
        suppressed[extra.Row, extra.Column] = true;
        var left = Disclosure.Determined(suppressed).Count;
        suppressed[extra.Row, extra.Column] = false;
        return left;
    }
}
