using SkiaSharp;

namespace Collab.Dashboard.Printing;

/// <summary>The report's building blocks in the PDF: headings, wrapped paragraphs, tables and a column chart, drawn with Skia.</summary>
public sealed class PdfBlocks(PdfPages pages) : IDisposable
{
    public const float BodySize = 9.5f;
    private static readonly SKColor Ink = new(0x1B, 0x1B, 0x1B);
    private static readonly SKColor Muted = new(0x55, 0x55, 0x55);
    private static readonly SKColor Rule = new(0xBB, 0xBB, 0xBB);
    private static readonly SKColor Bar = new(0x15, 0x42, 0x73);

    private readonly SKFont body = new(PdfFonts.Regular, BodySize);
    private readonly SKFont bold = new(PdfFonts.Bold, BodySize);
    private readonly SKFont heading = new(PdfFonts.Bold, 13f);
    private readonly SKFont title = new(PdfFonts.Bold, 17f);

    public static SKPaint Paint(SKColor color, float stroke = 0) => new() { Color = color, IsAntialias = true, StrokeWidth = stroke, Style = stroke > 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill };

    public void Title(string text) => Lines(text, title, Ink, 22f);

    /// <summary>A section heading, kept with at least a few lines of what follows.</summary>
    public void Heading(string text)
    {
        pages.Need(80f);
        pages.Space(8f);
        Lines(text, heading, Ink, 18f);
    }

    public void Paragraph(string text, bool muted = false) => Lines(text, body, muted ? Muted : Ink, 13f);

    /// <summary>A bulleted paragraph; the bullet hangs so wrapped lines align with the text.</summary>
    public void Bullet(string text)
    {
        var first = true;
        foreach (var line in Wrap(text, body, PdfPages.ContentWidth - 12f))
        {
            var bullet = first;
            pages.Draw(13f, (c, y) =>
            {
                using var ink = Paint(Ink);
                if (bullet)
                {
                    c.DrawText("•", PdfPages.Margin + 2f, y + BodySize, SKTextAlign.Left, body, ink);
                }

                c.DrawText(line, PdfPages.Margin + 12f, y + BodySize, SKTextAlign.Left, body, ink);
            });
            first = false;
        }

        pages.Space(2f);
    }

    /// <summary>A table with one header row (repeated after a page break); <paramref name="widths"/> are shares of the content width, numbers right-aligned.</summary>
    public void Table(string? caption, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<float> widths, IReadOnlyList<bool> numeric)
    {
        const float row = 15f;
        pages.Need((caption is null ? 0 : 14f) + (row * Math.Min(rows.Count + 1, 4)));
        if (caption is not null)
        {
            Lines(caption, bold, Muted, 14f);
        }

        Row(headers, widths, numeric, bold, row, header: true);
        foreach (var cells in rows)
        {
            if (pages.Y + row > PdfPages.Bottom)
            {
                pages.Need(row * 2);
                Row(headers, widths, numeric, bold, row, header: true);
            }

            Row(cells, widths, numeric, body, row, header: false);
        }

        pages.Space(8f);
    }

    /// <summary>Columns per label with the value above each, and a baseline; the data table goes beside it in the report.</summary>
    public void ColumnChart(IReadOnlyList<(string Label, decimal Value)> points, Func<decimal, string> format)
    {
        const float height = 150f;
        var max = points.Count == 0 ? 0 : points.Max(p => p.Value);
        pages.Draw(height + 24f, (c, y) =>
        {
            using var bar = Paint(Bar);
            using var ink = Paint(Ink);
            using var rule = Paint(Rule, 0.6f);
            using var small = new SKFont(PdfFonts.Regular, 7f);
            var step = PdfPages.ContentWidth / Math.Max(points.Count, 1);
            var baseline = y + height;
            c.DrawLine(PdfPages.Margin, baseline, PdfPages.Margin + PdfPages.ContentWidth, baseline, rule);
            for (var i = 0; i < points.Count; i++)
            {
                var h = max > 0 ? (float)(points[i].Value / max) * (height - 14f) : 0;
                var x = PdfPages.Margin + (i * step);
                c.DrawRect(x + (step * 0.15f), baseline - h, step * 0.7f, h, bar);
                c.DrawText(format(points[i].Value), x + (step / 2), baseline - h - 3f, SKTextAlign.Center, small, ink);
                c.DrawText(points[i].Label, x + (step / 2), baseline + 10f, SKTextAlign.Center, small, ink);
            }
        });
        pages.Space(6f);
    }

    public void Dispose()
    {
        body.Dispose();
        bold.Dispose();
        heading.Dispose();
        title.Dispose();
    }

    private void Row(IReadOnlyList<string> cells, IReadOnlyList<float> widths, IReadOnlyList<bool> numeric, SKFont font, float height, bool header)
    {
        pages.Draw(height, (c, y) =>
        {
            using var ink = Paint(Ink);
            using var rule = Paint(header ? Ink : Rule, header ? 0.8f : 0.4f);
            var x = PdfPages.Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                var w = widths[i] * PdfPages.ContentWidth;
                var text = Fit(cells[i], font, w - 6f);
                if (numeric[i])
                {
                    c.DrawText(text, x + w - 3f, y + 10.5f, SKTextAlign.Right, font, ink);
                }
                else
                {
                    c.DrawText(text, x + 3f, y + 10.5f, SKTextAlign.Left, font, ink);
                }

                x += w;
            }

            c.DrawLine(PdfPages.Margin, y + height - 1f, PdfPages.Margin + PdfPages.ContentWidth, y + height - 1f, rule);
        });
    }

    private void Lines(string text, SKFont font, SKColor color, float lineHeight)
    {
        foreach (var line in Wrap(text, font, PdfPages.ContentWidth))
        {
            pages.Draw(lineHeight, (c, y) =>
            {
                using var paint = Paint(color);
                c.DrawText(line, PdfPages.Margin, y + font.Size, SKTextAlign.Left, font, paint);
            });
        }

        pages.Space(3f);
    }

    /// <summary>Words onto lines no wider than <paramref name="width"/>.</summary>
    public static IEnumerable<string> Wrap(string text, SKFont font, float width)
    {
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                yield return line;
                candidate = word;
            }

            line = candidate;
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }

    // A cell too long for its column ends in an ellipsis rather than running into the next.
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && font.MeasureText(cut + "…") > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }
}
