using System.Diagnostics;
using System.Globalization;
using Collab.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Collab.Tests.Browser;

/// <summary>
/// The MT report in a real Chromium: axe finds nothing in Dutch or English; printed (Chromium's own print to PDF, read back
/// with PdfPig) it carries no navigation or buttons and a running header and footer with title, period, date and "page n of m"
/// on every page. The print preview and the server's PDF (first page, rendered by poppler's pdftoppm) are captured for the docs.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ReportPageTests(RunningProduct product, ChromiumFixture chromium)
{
    public static TheoryData<string, string, string, string> Languages => new()
    {
        { "nl-NL", "nl", "Pagina {0} van {1}", "Samenwerkingsdashboard · MT-rapportage" },
        { "en-GB", "en", "Page {0} of {1}", "Collaboration dashboard · MT report" },
    };

    /// <summary>The last whole quarter: inside the demo story's two years whenever the tests run.</summary>
    private static string LastQuarter
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.Now);
            var first = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(-3);
            return string.Create(CultureInfo.InvariantCulture, $"/rapport?van={first:yyyy-MM}&tot={first.AddMonths(2):yyyy-MM}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Axe_finds_no_violations_on_the_report(string culture, string language, string pageOf, string runningTitle)
    {
        _ = (language, pageOf, runningTitle);
        await using var session = await Open(culture);

        Assert.Empty(await ReflowChecks.AxeAsync(session.Page));
        Assert.Empty(session.NonLoopbackRequests);
        Assert.Empty(session.PolicyViolations);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Printed_the_report_has_no_navigation_and_a_running_header_and_footer_on_every_page(string culture, string language, string pageOf, string runningTitle)
    {
        await using var session = await Open(culture);
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Capture(session.Page, $"report-print-{language}");

        var printed = await session.Page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = false });

        using var pdf = PdfDocument.Open(printed);
        Assert.True(pdf.NumberOfPages >= 3, $"sections start on their own page; got {pdf.NumberOfPages} pages");
        var generated = Flat(await session.Page.GetByTestId("report-generated").InnerTextAsync());
        var nav = Flat(await session.Page.Locator("nav").First.InnerTextAsync());
        foreach (var page in pdf.GetPages())
        {
            var text = Flat(page.Text);
            Assert.Contains(Flat(string.Format(CultureInfo.InvariantCulture, pageOf, page.Number, pdf.NumberOfPages)), text, StringComparison.Ordinal);
            Assert.Contains(Flat(runningTitle), text, StringComparison.Ordinal);
            Assert.Contains(generated, text, StringComparison.Ordinal);
            Assert.DoesNotContain(nav, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Flat(await session.Page.GetByTestId("report-pdf").InnerTextAsync()), text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_server_s_pdf_renders_its_first_page_for_the_docs(string culture, string language, string pageOf, string runningTitle)
    {
        _ = (pageOf, runningTitle);
        await using var session = await Open(culture);
        var download = await session.Context.APIRequest.GetAsync(await session.Page.GetByTestId("report-pdf").GetAttributeAsync("href") ?? "");
        Assert.Equal(200, download.Status);

        var folder = Folder();
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, await download.BodyAsync(), TestContext.Current.CancellationToken);
        try
        {
            using var render = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", file, Path.Combine(folder, $"report-pdf-{language}")]) { RedirectStandardError = true })!;
            await render.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(render.ExitCode == 0, await render.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(file);
        }

        Assert.True(new FileInfo(Path.Combine(folder, $"report-pdf-{language}.png")).Length > 10_000);
    }

    private async Task<BrowserSession> Open(string culture)
    {
        await product.WaitForDemoAsync();
        var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, culture);
        await session.Page.GotoAsync(LastQuarter);
        await session.WaitForInteractive();
        await session.WaitForFigures();
        return session;
    }

    private static string Folder()
    {
        var folder = Environment.GetEnvironmentVariable("COLLAB_SCREENSHOTS_DIR") ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task Capture(IPage page, string name)
    {
        var file = Path.Combine(Folder(), $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
    }

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
