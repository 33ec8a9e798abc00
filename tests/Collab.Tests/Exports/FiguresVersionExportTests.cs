using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Collab.Tests.Api;
using Collab.Tests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Collab.Tests.Exports;

/// <summary>
/// Exports and the report carry the figures the page shows: a fixed month exports its version's figures and says which
/// version; "toon actuele cijfers" exports the live ones and says so. March 2016 lies before every other test's months.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class FiguresVersionExportTests(RunningProduct product, ChromiumFixture chromium)
{
    private const string Month = "2016-03";

    [Fact]
    public async Task A_fixed_month_exports_and_prints_its_version_and_the_live_choice_exports_live()
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        // Two sessions when the month is fixed, a third one after: fixed 2, live 3.
        await PeriodVersionApiTests.Register(manager, "2016-03-07", 4);
        await PeriodVersionApiTests.Register(manager, "2016-03-21", 5);
        await Eventually.Until(() => Sessions(manager), n => n == 2, TimeSpan.FromSeconds(30));
        var fixing = await manager.PostAsJsonAsync($"/api/v1/periods/{Month}/versions", new { reason = "MT april 2016" }, cancel);
        Assert.True(fixing.IsSuccessStatusCode, await fixing.Content.ReadAsStringAsync(cancel));
        await PeriodVersionApiTests.Register(manager, "2016-03-28", 6);
        await Eventually.Until(() => Sessions(manager), n => n == 3, TimeSpan.FromSeconds(30));
        var fixedText = $"vastgesteld versie 1 op {DateTime.Now.ToString("d", new CultureInfo("nl-NL"))}";

        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl);
        var page = session.Page;
        await page.GotoAsync($"/?periode=maand&van={Month}&tot={Month}");
        await session.WaitForInteractive();
        await session.WaitForFigures();
        await Assertions.Expect(page.GetByTestId("fixed-banner")).ToBeVisibleAsync();
        var (fixedHeader, fixedSessions) = await SessionsCsv(page);
        Assert.Contains($"Versie van de cijfers {fixedText}", fixedHeader);
        Assert.Equal("2", fixedSessions);

        await page.GetByTestId("toggle-live").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("cijfers=actueel"));
        await Assertions.Expect(page.GetByTestId("download-overview-support-sessions-csv")).ToHaveAttributeAsync("href", new Regex("cijfers=actueel"));
        var (liveHeader, liveSessions) = await SessionsCsv(page);
        Assert.Contains($"Versie van de cijfers live (actuele cijfers; {fixedText} blijft ongewijzigd)", liveHeader);
        Assert.Equal("3", liveSessions);

        // The report page and its PDF say the same, and the PDF's key figures are the version's.
        using var head = await PageClients.SignedIn(product.App, "department-head", "ocw");
        foreach (var (query, version, sessions) in new[] { ("", fixedText, "2"), ("&cijfers=actueel", $"live (actuele cijfers; {fixedText} blijft ongewijzigd)", "3") })
        {
            using var response = await head.GetAsync($"/rapport/pdf?van={Month}&tot={Month}{query}", cancel);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(cancel));
            var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
            var all = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains($"Versie van de cijfers: {version}", first);
            // The key figures' first row: the indicator, then this month's sessions.
            Assert.Contains($"Ondersteuningssessies {sessions} ", all);
        }

        await page.GotoAsync($"/rapport?van={Month}&tot={Month}");
        await Assertions.Expect(page.GetByTestId("report-version")).ToHaveTextAsync($"Versie van de cijfers: {fixedText}");
    }

    private static async Task<int> Sessions(HttpClient manager)
    {
        var figures = await manager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/indicators/collaboration?from={Month}&to={Month}");
        return figures.GetProperty("supportSessions").GetInt32();
    }

    private static async Task<(string Header, string Sessions)> SessionsCsv(IPage page)
    {
        var href = await page.GetByTestId("download-overview-support-sessions-csv").GetAttributeAsync("href");
        var sheet = await SheetReader.Read(await (await page.APIRequest.GetAsync(href!)).BodyAsync(), "csv");
        return (ScreenTable.HeaderBlock(sheet, "Onderdeel"), sheet.Body("Onderdeel").Single()[1].Text!);
    }
}
