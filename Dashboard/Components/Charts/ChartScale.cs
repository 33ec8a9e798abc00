namespace Collab.Dashboard.Components.Charts;

/// <summary>A value axis from zero to a round maximum with three to five evenly spaced ticks.</summary>
public sealed class ChartScale
{
    // Steps of 1, 2 or 5 times a power of ten read at a glance and always give 2 to 4 intervals.
    private static readonly decimal[] Multiples = [1m, 2m, 5m];
    private const int MinIntervals = 2;
    private const int MaxIntervals = 4;

    private ChartScale(decimal step, int intervals)
    {
        Step = step;
        Max = step * intervals;
        Ticks = [.. Enumerable.Range(0, intervals + 1).Select(i => step * i)];
    }

    /// <summary>The top of the axis: the largest value rounded up to a whole number of steps.</summary>
    public decimal Max { get; }

    public decimal Step { get; }

    /// <summary>Tick values from 0 up to and including <see cref="Max"/>.</summary>
    public IReadOnlyList<decimal> Ticks { get; }

    /// <summary>The scale for these values; the figures shown are counts and amounts, so below zero counts as zero.</summary>
    public static ChartScale For(IEnumerable<decimal> values)
    {
        var shown = values.Select(v => Math.Max(v, 0m)).ToList();
        var largest = shown.Count == 0 ? 0m : shown.Max();
        // Whole numbers (sessions, people) never get ticks like 0.5: a step of 1 is the finest then.
        var finest = shown.All(v => v == decimal.Truncate(v)) ? 1m : 0m;
        var step = NiceStep(largest, finest);
        var intervals = Math.Max(MinIntervals, (int)Math.Ceiling(largest / step));
        return new ChartScale(step, intervals);
    }

    /// <summary>The share of the axis a value covers, from 0 to 1.</summary>
    public double Fraction(decimal value) => (double)(Math.Clamp(value, 0m, Max) / Max);

    /// <summary>The length of a bar or column for a value when the whole axis is <paramref name="full"/> long.</summary>
    public double Length(decimal value, double full) => Fraction(value) * full;

    private static decimal NiceStep(decimal largest, decimal finest)
    {
        if (largest <= 0m)
        {
            return 1m;
        }

        var power = 1m;
        while (power * 10m <= largest)
        {
            power *= 10m;
        }

        while (power > largest)
        {
            power /= 10m;
        }

        // largest / power lies in [1, 10), so 5 × power always gives at most two intervals.
        foreach (var candidate in new[] { power / 10m, power, power * 10m })
        {
            foreach (var multiple in Multiples)
            {
                var step = candidate * multiple;
                if (step > 0m && step >= finest && Math.Ceiling(largest / step) <= MaxIntervals)
                {
                    return step;
                }
            }
        }

        return power * 10m;
    }
}
