using Collab.Dashboard.Components.Charts;

namespace Collab.Tests.Components;

/// <summary>The axis arithmetic, checked against maxima and ticks worked out by hand, without rendering anything.</summary>
public sealed class ChartScaleTests
{
    public static TheoryData<decimal[], decimal, decimal[]> HandWorked => new()
    {
        // largest 1234.5: steps 100 (13) and 200 (7) give too many intervals, 500 gives 3.
        { [1234.5m, 800m], 1500m, [0m, 500m, 1000m, 1500m] },
        // largest 7, whole numbers: step 1 gives 7 intervals, step 2 gives 4.
        { [7m, 3m], 8m, [0m, 2m, 4m, 6m, 8m] },
        // largest 10: 1 and 2 give 10 and 5 intervals, 5 gives 2.
        { [10m], 10m, [0m, 5m, 10m] },
        // largest 41: 10 gives 5 intervals, 20 gives 3.
        { [41m, 12m], 60m, [0m, 20m, 40m, 60m] },
        // largest 0.75 is not whole: 0.1 gives 8 intervals, 0.2 gives 4.
        { [0.75m, 0.1m], 0.8m, [0m, 0.2m, 0.4m, 0.6m, 0.8m] },
        // largest 1, whole numbers: no ticks at 0.5, and at least two intervals.
        { [1m, 0m], 2m, [0m, 1m, 2m] },
        { [3m, 1m, 2m], 3m, [0m, 1m, 2m, 3m] },
        { [250m], 300m, [0m, 100m, 200m, 300m] },
        // Nothing or only zeros still gives a readable axis.
        { [], 2m, [0m, 1m, 2m] },
        { [0m, 0m], 2m, [0m, 1m, 2m] },
        // The figures are counts and amounts: below zero is drawn as zero.
        { [-5m, 3m], 3m, [0m, 1m, 2m, 3m] },
    };

    [Theory]
    [MemberData(nameof(HandWorked))]
    public void The_axis_ends_at_a_round_maximum_with_round_ticks(decimal[] values, decimal max, decimal[] ticks)
    {
        var scale = ChartScale.For(values);

        Assert.Equal(max, scale.Max);
        Assert.Equal(ticks, scale.Ticks);
    }

    [Fact]
    public void Every_largest_value_gets_three_to_five_even_ticks_from_zero_that_cover_it()
    {
        var largests = Enumerable.Range(1, 3000).Select(i => (decimal)i)
            .Concat(Enumerable.Range(1, 300).Select(i => i * 0.37m))
            .Concat([0.004m, 99999.99m, 1_000_000m, 12_345_678.9m]);

        foreach (var largest in largests)
        {
            var scale = ChartScale.For([largest]);

            Assert.InRange(scale.Ticks.Count, 3, 5);
            Assert.Equal(0m, scale.Ticks[0]);
            Assert.Equal(scale.Max, scale.Ticks[^1]);
            Assert.True(scale.Max >= largest, $"{largest} is above the axis maximum {scale.Max}");
            Assert.All(scale.Ticks.Zip(scale.Ticks.Skip(1)), pair => Assert.Equal(scale.Step, pair.Second - pair.First));
        }
    }

    [Theory]
    [InlineData(50, 200, 100)]
    [InlineData(100, 200, 200)]
    [InlineData(25, 80, 20)]
    [InlineData(0, 200, 0)]
    [InlineData(-10, 200, 0)]
    [InlineData(150, 200, 200)]
    public void Bar_lengths_are_proportional_to_the_value_on_an_axis_to_100(int value, double full, double length)
    {
        var scale = ChartScale.For([100m, 40m]);

        Assert.Equal(100m, scale.Max);
        Assert.Equal(length, scale.Length(value, full), precision: 9);
    }

    [Fact]
    public void Two_values_keep_their_ratio_in_bar_length()
    {
        var scale = ChartScale.For([1234.5m, 411.5m]);

        Assert.Equal(3.0, scale.Length(1234.5m, 300) / scale.Length(411.5m, 300), precision: 9);
        Assert.Equal(1234.5 / 1500 * 300, scale.Length(1234.5m, 300), precision: 9);
    }
}
