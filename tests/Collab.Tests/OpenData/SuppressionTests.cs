using Collab.Dashboard.OpenData;

namespace Collab.Tests.OpenData;

/// <summary>Minimum group size 5 with secondary suppression, on tables worked out by hand (rows A, B, C; months m1, m2, m3; "tot" the totals).</summary>
public sealed class SuppressionTests
{
    [Fact]
    public void One_small_cell_is_hidden_with_three_others_so_that_no_row_or_column_gives_it_away()
    {
        //        m1  m2  m3 | tot
        // A      10   3  12 |  25      A·m2 = 3 is below 5: primary.
        // B       8   9   7 |  24      Step 1: A·m2 alone in row A and column m2; every candidate leaves 2 cells determined,
        // C       6  11  20 |  37              so the smallest inner one of its lines: B·m2 (9).
        // tot    24  23  39 |  86      Step 2: A·m2, B·m2 each alone in their row; every candidate leaves 3 determined: smallest B·m3 (7).
        //                              Step 3: A·m3 (12) closes the rectangle A·m2, A·m3, B·m2, B·m3: nothing determined. Totals all published.
        var table = Suppression.Protect(new decimal[,] { { 10, 3, 12 }, { 8, 9, 7 }, { 6, 11, 20 } }, 5);

        Assert.Equal([(0, 1), (0, 2), (1, 1), (1, 2)], SuppressedCells(table));
        Assert.Equal([(0, 1)], PrimaryCells(table));
        Assert.Equal(25m, table.Published(0, 3));
        Assert.Equal(23m, table.Published(3, 1));
        Assert.Equal(86m, table.Published(3, 3));
        Assert.Null(table.Published(0, 1));
    }

    [Fact]
    public void A_small_row_total_is_hidden_too_and_protected_through_another_total()
    {
        //        m1  m2 | tot
        // A       2   0 |   2      A·m1 = 2 and A·tot = 2 are primary; column m1 (A·m1 + 7 = 9) still gives both away.
        // B       7   8 |  15      Step 1: every candidate leaves 3 determined: the inner non-zero smallest, B·m1 (7).
        // tot     9   8 |  17      Step 2: B·m1 alone in row B; B·tot (15) closes A·m1, B·m1, B·tot, A·tot: A·m1 = t, B·m1 = 9 − t for any t.
        var table = Suppression.Protect(new decimal[,] { { 2, 0 }, { 7, 8 } }, 5);

        Assert.Equal([(0, 0), (0, 2), (1, 0), (1, 2)], SuppressedCells(table));
        Assert.Equal([(0, 0), (0, 2)], PrimaryCells(table));
        Assert.Equal(0m, table.Published(0, 1));
        Assert.Equal(9m, table.Published(2, 0));
        Assert.Equal(17m, table.Published(2, 2));
    }

    [Fact]
    public void Zero_and_counts_from_the_threshold_up_are_published_as_they_are()
    {
        var table = Suppression.Protect(new decimal[,] { { 0, 5 }, { 6, 0 } }, 5);

        Assert.Empty(SuppressedCells(table));
        Assert.Equal(11m, table.Published(2, 2));
    }

    [Fact]
    public void No_suppressed_value_can_be_recomputed_from_the_published_cells_and_totals_in_four_hundred_random_tables()
    {
        var random = new Random(20261130);
        for (var run = 0; run < 400; run++)
        {
            int rows = random.Next(1, 7), columns = random.Next(1, 7);
            var cells = new decimal[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    // Many small counts and zeros, the cases that need protection.
                    cells[r, c] = random.Next(4) == 0 ? 0 : random.Next(1, 15);
                }
            }

            var table = Suppression.Protect(cells, 5);

            foreach (var (r, c) in Enumerable.Range(0, rows + 1).SelectMany(r => Enumerable.Range(0, columns + 1).Select(c => (r, c))))
            {
                var value = r < rows && c < columns ? cells[r, c] : table.Values[r, c];
                Assert.True(!(value > 0 && value < 5) || table.Suppressed[r, c], $"run {run}: ({r},{c}) = {value} is published");
                Assert.True(table.Suppressed[r, c] || table.Published(r, c) == value, $"run {run}: ({r},{c}) published wrongly");
            }

            Assert.Equal(RawTotal(cells), table.Values[rows, columns]);
            var leaks = IndependentSolver.Recomputable(table.Suppressed);
            Assert.True(leaks.Count == 0, $"run {run}: {rows}×{columns}, recomputable {string.Join(" ", leaks)}");
        }
    }

    [Fact]
    public void The_solver_finds_the_leak_of_a_single_suppressed_cell_in_its_row()
    {
        var suppressed = new bool[3, 3];
        suppressed[0, 0] = true;
        suppressed[0, 1] = true;

        // Row 0 holds two unknowns, but column 0 and column 1 each hold one: both are leaks.
        Assert.Equal([(0, 0), (0, 1)], IndependentSolver.Recomputable(suppressed));
    }

    private static decimal RawTotal(decimal[,] cells) => cells.Cast<decimal>().Sum();

    private static List<(int, int)> SuppressedCells(ProtectedTable table) => Cells(table.Suppressed);

    private static List<(int, int)> PrimaryCells(ProtectedTable table) => Cells(table.Primary);

    private static List<(int, int)> Cells(bool[,] flags) =>
        [.. Enumerable.Range(0, flags.GetLength(0)).SelectMany(r => Enumerable.Range(0, flags.GetLength(1)).Select(c => (r, c))).Where(p => flags[p.r, p.c])];
}
