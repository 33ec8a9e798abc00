using SkiaSharp;

namespace Collab.Dashboard.Printing;

/// <summary>
/// Lays out the report top to bottom on A4 pages (in PDF points), breaking to a new page when the next block does not fit,
/// and keeps every page's drawing until the page count is known, so each footer can say "page n of m".
/// </summary>
public sealed class PdfPages
{
    public const float Width = 595.28f;
    public const float Height = 841.89f;
    public const float Margin = 50f;
    public const float Top = Margin + 24f;
    public const float Bottom = Height - Margin - 18f;
    public const float ContentWidth = Width - (2 * Margin);

    private readonly List<List<Action<SKCanvas>>> pages = [[]];

    public float Y { get; private set; } = Top;

    public IReadOnlyList<IReadOnlyList<Action<SKCanvas>>> Pages => pages;

    /// <summary>Starts a new page when <paramref name="height"/> does not fit on this one (a block never starts at a page's foot).</summary>
    public void Need(float height)
    {
        if (Y + height > Bottom && Y > Top)
        {
            pages.Add([]);
            Y = Top;
        }
    }

    /// <summary>Draws at the current position and moves down by <paramref name="height"/>.</summary>
    public void Draw(float height, Action<SKCanvas, float> draw)
    {
        Need(height);
        var y = Y;
        pages[^1].Add(canvas => draw(canvas, y));
        Y += height;
    }

    public void Space(float height) => Y = Math.Min(Y + height, Bottom);
}
