namespace Collab.Dashboard.OpenData;

/// <summary>
/// Which suppressed cells of a table with totals can be recomputed from what is published. Every row says its cells add up to
/// its total, and every column the same (the totals row and column included). With the published values moved to the right-hand
/// side, a suppressed cell is determined when its column of the reduced system is a pivot whose row has no free unknown.
/// </summary>
public static class Disclosure
{
    private const double Epsilon = 1e-9;

    public static IReadOnlyList<(int Row, int Column)> Determined(bool[,] suppressed)
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

        if (unknowns.Count == 0)
        {
            return [];
        }

        var system = Equations(unknowns, height, width);
        var pivots = Reduce(system, unknowns.Count);
        var bound = pivots.Select(p => p.Column).ToHashSet();
        return [.. pivots
            .Where(p => !Enumerable.Range(0, unknowns.Count).Any(k => !bound.Contains(k) && Math.Abs(system[p.Row][k]) > Epsilon))
            .Select(p => unknowns[p.Column])];
    }

    // One equation per row and per column of the table: its inner cells minus its total is zero.
    private static List<double[]> Equations(List<(int Row, int Column)> unknowns, int height, int width)
    {
        var system = new List<double[]>();
        for (var r = 0; r < height; r++)
        {
            system.Add([.. unknowns.Select(u => u.Row != r ? 0d : u.Column == width - 1 ? -1d : 1d)]);
        }

        for (var c = 0; c < width; c++)
        {
            system.Add([.. unknowns.Select(u => u.Column != c ? 0d : u.Row == height - 1 ? -1d : 1d)]);
        }

        return system;
    }

    // Gauss-Jordan elimination in place; answers each pivot as (equation, unknown).
    private static List<(int Row, int Column)> Reduce(List<double[]> system, int count)
    {
        var pivots = new List<(int Row, int Column)>();
        var next = 0;
        for (var k = 0; k < count && next < system.Count; k++)
        {
            var best = Enumerable.Range(next, system.Count - next).MaxBy(i => Math.Abs(system[i][k]));
            if (Math.Abs(system[best][k]) < Epsilon)
            {
                continue;
            }

            (system[next], system[best]) = (system[best], system[next]);
            var lead = system[next][k];
            for (var j = 0; j < count; j++)
            {
                system[next][j] /= lead;
            }

            for (var i = 0; i < system.Count; i++)
            {
                if (i != next && Math.Abs(system[i][k]) > Epsilon)
                {
                    var factor = system[i][k];
                    for (var j = 0; j < count; j++)
                    {
                        system[i][j] -= factor * system[next][j];
                    }
                }
            }

            pivots.Add((next, k));
            next++;
        }

        return pivots;
    }
}
