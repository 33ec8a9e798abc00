using System.Globalization;
using Collab.Dashboard.Printing;
using Collab.Dashboard.Resources;
using Collab.Dashboard.Views.Report;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using UglyToad.PdfPig;
using static Collab.Tests.Views.Report.ReportSamples;

namespace Collab.Tests.Views.Report;

/// <summary>The PDF, read back by an independent reader (PdfPig): A4 pages, the running header and footer, the summary, fonts embedded.</summary>
public sealed class ReportPdfWriterTests
{
    [Theory]
    [InlineData("nl-NL", "In Q2 2025 hielden de leden 30 ondersteuningssessies en hielpen zij 240 mensen; zij wisselden 18,5 dagen kennis uit.", "Pagina {0} van {1}", "Gemaakt op 1 juli 2025")]
    [InlineData("en-GB", "In Q2 2025 the members held 30 support sessions and helped 240 people; they exchanged 18.5 days of knowledge.", "Page {0} of {1}", "Generated on 1 July 2025")]
    public void The_pdf_carries_the_summary_and_a_header_and_footer_on_every_A4_page(string culture, string firstSentence, string pageOf, string generated)
    {
        var pdf = Write(Q2(), new CultureInfo(culture));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2, $"expected the report to run over pages, got {document.NumberOfPages}");
        foreach (var page in document.GetPages())
        {
            Assert.Equal(595, Math.Round(page.Width));
            Assert.Equal(842, Math.Round(page.Height)); // A4: 595.28 × 841.89 points
            var text = Flat(page.Text);
            Assert.Contains(Flat(string.Format(CultureInfo.InvariantCulture, pageOf, page.Number, document.NumberOfPages)), text, StringComparison.Ordinal);
            Assert.Contains(Flat(generated), text, StringComparison.Ordinal);
            Assert.Contains("Q22025", text, StringComparison.Ordinal);
            Assert.All(page.Letters, l => Assert.Contains("DejaVu", l.FontName, StringComparison.Ordinal));
        }

        Assert.Contains(Flat(firstSentence), Flat(document.GetPage(1).Text), StringComparison.Ordinal);
    }

    /// <summary>Text without any whitespace: a PDF places words, it does not keep the spaces between them.</summary>
    internal static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static byte[] Write(ReportModel model, CultureInfo culture)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        return In(culture, f => ReportPdfWriter.Write(model, SummaryRules.Write(model), f, services.GetRequiredService<IStringLocalizer<SharedResource>>(), new DateOnly(2025, 7, 1), "live"));
    }
}
