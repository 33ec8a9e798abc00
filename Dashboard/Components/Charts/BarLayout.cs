namespace Collab.Dashboard.Components.Charts;

/// <summary>A bar chart's geometry as shares of its drawing, so it fits any width without scaling the text.</summary>
public sealed class BarLayout
{
    // A bar fills 60% of its row; the last row holds the value axis.
    private const double BarShare = 0.6;

    // From half the axis on a bar has room for its own value; shorter bars get it just past their end.
    private const double InsideFrom = 0.5;

    public BarLayout(IReadOnlyList<ChartPoint> points, Func<decimal, string> format)
    {
        Scale = ChartScale.For(points.Select(p => p.Value));
        Rows = points.Count + 1;
        AxisTop = (double)points.Count / Rows;
        AxisTextY = (points.Count + 0.5) / Rows;
        Ticks = [.. Scale.Ticks.Select(t => new Tick(Scale.Fraction(t), format(t)))];
        Bars = [.. points.Select((p, i) =>
        {
            var length = Scale.Fraction(p.Value);
            return new Bar(p, (i + ((1 - BarShare) / 2)) / Rows, BarShare / Rows, (i + 0.5) / Rows, length,
                format(p.Value), length >= InsideFrom);
        })];
    }

    public ChartScale Scale { get; }

    /// <summary>Rows of equal height: one per bar and one for the value axis.</summary>
    public int Rows { get; }

    /// <summary>Where the bars end and the axis row begins, as a share of the height.</summary>
    public double AxisTop { get; }

    public double AxisTextY { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public IReadOnlyList<Bar> Bars { get; }

    /// <summary>A vertical grid line at share X of the width with its value text.</summary>
    public sealed record Tick(double X, string Text);

    /// <summary>One bar: top, height and text line as shares of the height, length as share of the width.</summary>
    public sealed record Bar(ChartPoint Point, double Top, double Height, double Middle, double Length, string ValueText, bool ValueInside);
}
