namespace Collab.Dashboard.OpenData;

/// <summary>
/// Minimum group size with secondary suppression for a two-way table with its row, column and grand totals.
/// Primary: a count of people from 1 to below the threshold is suppressed. Secondary: while the published cells and totals
/// still determine any suppressed one (the linear system of the table's sums has one solution for it), one more cell in its row
/// or column is suppressed, the smallest non-zero one first. Whether a cell is determined depends only on which cells are
/// suppressed, so the check needs no values.
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

        while (Disclosure.FirstDetermined(suppressed) is { } open)
        {
            var (r, c) = Complement(values, suppressed, open.Row, open.Column);
            suppressed[r, c] = true;
        }

        return new ProtectedTable(values, suppressed, primary);
    }

    /// <summary>The cell to suppress beside (row, column): an inner cell of its row or column, smallest non-zero first; else a total there; else any.</summary>
    private static (int Row, int Column) Complement(decimal[,] values, bool[,] suppressed, int row, int column)
    {
        int lastRow = values.GetLength(0) - 1, lastColumn = values.GetLength(1) - 1;
        var line = Enumerable.Range(0, lastColumn + 1).Select(c => (Row: row, Column: c))
            .Concat(Enumerable.Range(0, lastRow + 1).Select(r => (Row: r, Column: column)))
            .Where(p => !suppressed[p.Row, p.Column]).Distinct().ToList();
        var everywhere = Enumerable.Range(0, lastRow + 1).SelectMany(r => Enumerable.Range(0, lastColumn + 1).Select(c => (Row: r, Column: c)))
            .Where(p => !suppressed[p.Row, p.Column]);
        var candidates = line.Count > 0 ? line : everywhere.ToList();
        return candidates
            .OrderBy(p => p.Row == lastRow || p.Column == lastColumn)
            .ThenBy(p => values[p.Row, p.Column] == 0)
            .ThenBy(p => values[p.Row, p.Column])
            .ThenBy(p => p.Row).ThenBy(p => p.Column)
            .First();
    }
}
