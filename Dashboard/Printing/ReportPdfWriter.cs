using Collab.Dashboard.Resources;
using Collab.Dashboard.Views.Report;
using Microsoft.Extensions.Localization;
using SkiaSharp;

namespace Collab.Dashboard.Printing;

/// <summary>
/// The MT report as a PDF, drawn on the server with Skia's PDF backend (no browser): the same model, summary and texts as
/// the page (also which version of the figures), A4, with a running header (title, period, date) and footer (page n of m) on every page; fonts embedded.
/// </summary>
public static class ReportPdfWriter
{
    public static byte[] Write(ReportModel model, IReadOnlyList<SummarySentence> summary, ReportFormat f, IStringLocalizer<SharedResource> shared, DateOnly today, string version)
    {
        var pages = new PdfPages();
        // The blocks own the fonts their drawings use: they live until every page is drawn.
        using var blocks = new PdfBlocks(pages);
        ReportPdfSections.Draw(blocks, model, summary, f, shared, today, version);

        using var stream = new MemoryStream();
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = $"{f["PageTitle"]} · {f.Period(model.Period)}";
        metadata.Creator = f["RunningTitle"];
        metadata.Creation = today.ToDateTime(TimeOnly.MinValue);
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            for (var i = 0; i < pages.Pages.Count; i++)
            {
                var canvas = document.BeginPage(PdfPages.Width, PdfPages.Height);
                foreach (var draw in pages.Pages[i])
                {
                    draw(canvas);
                }

                Frame(canvas, f, model, today, i + 1, pages.Pages.Count);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    private static void Frame(SKCanvas canvas, ReportFormat f, ReportModel model, DateOnly today, int page, int count)
    {
        using var font = new SKFont(PdfFonts.Regular, 8f);
        using var ink = PdfBlocks.Paint(new SKColor(0x55, 0x55, 0x55));
        using var rule = PdfBlocks.Paint(new SKColor(0xBB, 0xBB, 0xBB), 0.5f);
        const float head = PdfPages.Margin;
        canvas.DrawText($"{f["RunningTitle"]} · {f.Period(model.Period)}", PdfPages.Margin, head, SKTextAlign.Left, font, ink);
        canvas.DrawText(f["Generated", f.Date(today)], PdfPages.Width - PdfPages.Margin, head, SKTextAlign.Right, font, ink);
        canvas.DrawLine(PdfPages.Margin, head + 5f, PdfPages.Width - PdfPages.Margin, head + 5f, rule);
        var foot = PdfPages.Height - PdfPages.Margin + 6f;
        canvas.DrawLine(PdfPages.Margin, foot - 11f, PdfPages.Width - PdfPages.Margin, foot - 11f, rule);
        canvas.DrawText(f["PageOf", page, count], PdfPages.Width - PdfPages.Margin, foot, SKTextAlign.Right, font, ink);
    }
}
