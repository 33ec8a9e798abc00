namespace Collab.Tests.OpenData;

/// <summary>
/// The test's own check, written apart from the product's: a suppressed cell can be recomputed exactly when dropping its column
/// from the table's sum equations lowers their rank (then no change of the unknowns that keeps every sum can move it).
/// Exact arithmetic on fractions, so no tolerance decides.
/// </summary>
public static class IndependentSolver
{
    public static List<(int Row, int Column)> Recomputable(bool[,] suppressed)
    {
        int height = suppressed.GetLength(0), width = suppressed.GetLength(1);
        var unknowns = new List<(int Row, int Column)>();
        for (var r = 0; r < height; r++)
        {
            for (var c = 0; c < width; c++)
            {
                if (suppressed[r, c])
                {
                    unknowns.Add((r, c));
                }
            }
        }

        // Each line of the table (its totals line included): cells − total = 0, over the unknowns only.
        var equations = new List<long[]>();
        for (var r = 0; r < height; r++)
        {
            equations.Add([.. unknowns.Select(u => u.Row != r ? 0L : u.Column == width - 1 ? -1L : 1L)]);
        }

        for (var c = 0; c < width; c++)
        {
            equations.Add([.. unknowns.Select(u => u.Column != c ? 0L : u.Row == height - 1 ? -1L : 1L)]);
        }

        var full = Rank(equations, unknowns.Count, skip: -1);
        return [.. unknowns.Where((_, k) => Rank(equations, unknowns.Count, skip: k) < full)];
    }

    // Fraction-free (Bareiss-like) elimination on a copy, leaving out column skip.
    private static int Rank(List<long[]> equations, int count, int skip)
    {
        var rows = equations.Select(e => e.Select(x => (System.Numerics.BigInteger)x).ToArray()).ToList();
        var rank = 0;
        for (var k = 0; k < count; k++)
        {
            if (k == skip)
            {
                continue;
            }

            var pivot = rows.FindIndex(rank, r => !r[k].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            for (var i = rank + 1; i < rows.Count; i++)
            {
                if (!rows[i][k].IsZero)
                {
                    var a = rows[rank][k];
                    var b = rows[i][k];
                    for (var j = 0; j < count; j++)
                    {
                        rows[i][j] = (rows[i][j] * a) - (rows[rank][j] * b);
                    }

                    var g = rows[i].Aggregate(System.Numerics.BigInteger.Zero, System.Numerics.BigInteger.GreatestCommonDivisor);
                    if (g > 1)
                    {
                        for (var j = 0; j < count; j++)
                        {
                            rows[i][j] /= g;
                        }
                    }
                }
            }

            rank++;
        }

        return rank;
    }
}
