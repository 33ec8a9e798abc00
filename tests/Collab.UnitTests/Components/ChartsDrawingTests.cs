using System.Globalization;
using Collab.Dashboard.Components.Charts;

namespace Collab.Tests.Components;

/// <summary>Formatting, label fitting and heat-map colours: the small rules the charts' readability rests on.</summary>
public sealed class ChartsDrawingTests
{
    [Theory]
    [InlineData("nl-NL", "1.234,5")]
    [InlineData("en-GB", "1,234.5")]
    public void Values_are_formatted_in_the_current_culture_but_svg_numbers_never_are(string culture, string expected)
    {
        using var scope = new CultureScope(culture);

        Assert.Equal(expected, ChartFormat.Number(1234.5m));
        Assert.Equal("12.5", ChartFormat.Svg(12.5));
        Assert.Equal("37.5%", ChartFormat.Percent(0.375));
    }

    [Fact]
    public void Labels_are_thinned_out_only_when_they_would_overlap()
    {
        string[] months = ["jan", "feb", "mrt", "apr"];

        Assert.Equal(1, TextFit.Every(months, 11, 40));
        Assert.Equal(2, TextFit.Every(months, 11, 20));
        Assert.True(TextFit.Fits("1.234", 11, 40));
        Assert.False(TextFit.Fits("1.234.567,89", 11, 40));
    }

    [Fact]
    public void A_column_value_that_does_not_fit_above_its_column_is_left_to_the_table()
    {
        var few = new ColumnLayout([new("jan", 12m), new("feb", 30m)], ChartFormat.Number);
        var many = new ColumnLayout([.. Enumerable.Range(1, 36).Select(i => new ChartPoint($"m{i}", 1_234_567m))], ChartFormat.Number);

        Assert.All(few.Columns, c => Assert.True(c.ShowValue && c.ShowLabel));
        Assert.All(many.Columns, c => Assert.False(c.ShowValue));
        Assert.Contains(many.Columns, c => !c.ShowLabel);
        Assert.Equal(12.0 / 30.0, few.Columns[0].Height / few.Columns[1].Height, precision: 9);
    }

    [Fact]
    public void Heat_cell_text_keeps_AA_contrast_on_every_shade_and_more_is_darker()
    {
        var previous = double.MaxValue;
        for (var value = 1; value <= 100; value++)
        {
            var shade = HeatShade.For(value, 100m);

            Assert.True(HeatShade.Contrast(shade.Background, shade.Text) >= 4.5, $"{value}: {shade}");
            Assert.True(HeatShade.Luminance(shade.Background) < previous, $"{value} is not darker than {value - 1}");
            previous = HeatShade.Luminance(shade.Background);
        }

        Assert.Equal(HeatShade.Zero, HeatShade.For(0m, 100m));
        Assert.True(HeatShade.Luminance(HeatShade.For(1m, 100m).Background) < HeatShade.Luminance(HeatShade.Zero.Background));
        Assert.Equal(21, HeatShade.Contrast("#000000", "#FFFFFF"), precision: 6);
    }

    [Fact]
    public void Bars_of_at_least_half_the_axis_carry_their_value_inside()
    {
        var bars = new BarLayout([new("OCW", 80m), new("EZK", 20m)], ChartFormat.Number);

        Assert.Equal(3, bars.Rows);
        Assert.Equal([true, false], bars.Bars.Select(b => b.ValueInside));
        // 80 tops an axis of 0, 20, 40, 60, 80; 20 reaches a quarter of it.
        Assert.Equal(1.0, bars.Bars[0].Length, precision: 9);
        Assert.Equal(0.25, bars.Bars[1].Length, precision: 9);
    }
}
