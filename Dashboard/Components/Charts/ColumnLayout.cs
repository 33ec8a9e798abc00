namespace Collab.Dashboard.Components.Charts;

/// <summary>Where every part of a column chart goes in its viewBox, worked out here so the markup only draws.</summary>
public sealed class ColumnLayout
{
    public const double Width = 400;
    public const double Height = 220;
    public const double FontSize = 12;
    private const double Top = 28;
    private const double Bottom = 24;
    private const double Right = 8;
    private const double AxisGap = 6;

    // Each column takes 64% of its slot; the rest keeps neighbours apart.
    private const double ColumnShare = 0.64;

    public ColumnLayout(IReadOnlyList<ChartPoint> points, Func<decimal, string> format)
    {
        Scale = ChartScale.For(points.Select(p => p.Value));
        var tickTexts = Scale.Ticks.Select(format).ToList();
        PlotLeft = Math.Ceiling(tickTexts.Max(t => TextFit.Width(t, FontSize))) + AxisGap;
        PlotRight = Width - Right;
        Baseline = Height - Bottom;
        var plotHeight = Baseline - Top;
        var slot = (PlotRight - PlotLeft) / Math.Max(points.Count, 1);
        var labelEvery = TextFit.Every(points.Select(p => p.Label), FontSize, slot);
        // Values above all columns or above none: a few stray numbers would look like highlights.
        var valueTexts = points.Select(p => format(p.Value)).ToList();
        var showValues = valueTexts.All(t => TextFit.Fits(t, FontSize, slot));

        Ticks = [.. Scale.Ticks.Select((t, i) => new Tick(Baseline - Scale.Length(t, plotHeight), tickTexts[i]))];
        Columns = [.. points.Select((p, i) =>
        {
            var height = Scale.Length(p.Value, plotHeight);
            return new Column(
                p, PlotLeft + (slot * i) + (slot * (1 - ColumnShare) / 2), slot * ColumnShare, Baseline - height, height,
                PlotLeft + (slot * (i + 0.5)), valueTexts[i], showValues, i % labelEvery == 0);
        })];
    }

    public ChartScale Scale { get; }

    public double PlotLeft { get; }

    public double PlotRight { get; }

    public double Baseline { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public IReadOnlyList<Column> Columns { get; }

    public static string ViewBox => $"0 0 {ChartFormat.Svg(Width)} {ChartFormat.Svg(Height)}";

    /// <summary>A horizontal grid line at height Y with its value text.</summary>
    public sealed record Tick(double Y, string Text);

    /// <summary>One column; value texts show when every one fits, labels every n-th when they would overlap.</summary>
    public sealed record Column(
        ChartPoint Point, double X, double Width, double Y, double Height, double Center,
        string ValueText, bool ShowValue, bool ShowLabel);
}
