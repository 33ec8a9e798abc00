namespace Collab.Dashboard.Components.Charts;

/// <summary>Where every part of a column chart goes in its viewBox, worked out here so the markup only draws.</summary>
public sealed class ColumnLayout
{
    // 320 wide: on a 320-px phone (296 px for the chart) 12-unit text still reads at 11 px.
    public const double Width = 320;
    public const double Height = 200;
    public const double FontSize = 12;
    private const double Top = 28;
    private const double Bottom = 24;
    private const double Right = 8;
    private const double AxisGap = 6;

    // Each column takes 64% of its slot; the rest keeps neighbours apart.
    private const double ColumnShare = 0.64;

    public ColumnLayout(IReadOnlyList<ChartPoint> points, Func<decimal, string> format)
    {
        Scale = ChartScale.For(points.Select(p => p.Value).Concat(points.Select(p => p.Before ?? 0m)));
        var tickTexts = Scale.Ticks.Select(format).ToList();
        // Room on both sides for half of the outer labels, which are centred under their columns: never "ec 2024".
        var firstHalf = points.Count == 0 ? 0 : TextFit.Width(points[0].Label, FontSize) / 2;
        var lastHalf = points.Count == 0 ? 0 : TextFit.Width(points[^1].Label, FontSize) / 2;
        PlotLeft = Math.Max(Math.Ceiling(tickTexts.Max(t => TextFit.Width(t, FontSize))) + AxisGap, firstHalf);
        PlotRight = Width - Math.Max(Right, lastHalf);
        Baseline = Height - Bottom;
        var plotHeight = Baseline - Top;
        var slot = (PlotRight - PlotLeft) / Math.Max(points.Count, 1);
        var labelEvery = TextFit.Every(points.Select(p => p.Label), FontSize, slot);
        // Values above all columns or above none: a few stray numbers would look like highlights.
        var valueTexts = points.Select(p => format(p.Value)).ToList();
        var showValues = valueTexts.All(t => TextFit.Fits(t, FontSize, slot));
        HasBefore = points.Any(p => p.Before is not null);

        Ticks = [.. Scale.Ticks.Select((t, i) => new Tick(Baseline - Scale.Length(t, plotHeight), tickTexts[i]))];
        Columns = [.. points.Select((p, i) =>
        {
            var height = Scale.Length(p.Value, plotHeight);
            var before = p.Before is { } b ? Scale.Length(b, plotHeight) : 0;
            return new Column(
                p, PlotLeft + (slot * i) + (slot * (1 - ColumnShare) / 2), slot * ColumnShare, Baseline - height, height,
                PlotLeft + (slot * (i + 0.5)), valueTexts[i], showValues && !HasBefore, i % labelEvery == 0, Baseline - before, before);
        })];
    }

    public ChartScale Scale { get; }

    public double PlotLeft { get; }

    public double PlotRight { get; }

    public double Baseline { get; }

    /// <summary>True when the chart compares with a year earlier: each column gets an outlined one behind it.</summary>
    public bool HasBefore { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    public IReadOnlyList<Column> Columns { get; }

    public static string ViewBox => $"0 0 {ChartFormat.Svg(Width)} {ChartFormat.Svg(Height)}";

    /// <summary>A horizontal grid line at height Y with its value text.</summary>
    public sealed record Tick(double Y, string Text);

    /// <summary>One column; value texts show when every one fits, labels every n-th when they would overlap.</summary>
    public sealed record Column(
        ChartPoint Point, double X, double Width, double Y, double Height, double Center,
        string ValueText, bool ShowValue, bool ShowLabel, double BeforeY, double BeforeHeight);
}
