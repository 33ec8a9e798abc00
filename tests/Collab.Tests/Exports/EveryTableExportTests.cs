using System.Globalization;
using System.Text;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Exports;

/// <summary>
/// Every table a page offers for download (and every chart's table), in a chosen view: the CSV, XLSX and ODS the page links
/// to, read back by independent readers, hold exactly the rows on screen. One page load per page, all formats from it.
/// The comparison's own table is <see cref="ExportBrowserTests"/>.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class EveryTableExportTests(RunningProduct product, ChromiumFixture chromium)
{
    [Fact]
    public async Task The_overviews_initiatives_and_every_trend_chart_download_as_the_rows_on_screen()
    {
        var page = await Open("/?periode=jaar&van=2025-01&tot=2025-12");
        await using var session = page.Session;

        // Every headline figure's trend: twelve months, each beside the same month a year before.
        // A trend with nothing to show is left out with a note instead of a chart; the ones drawn each download.
        var trends = await page.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('[data-testid^=\"downloads-overview-\"]')].map(e => e.dataset.testid.slice(10)).filter(n => n !== 'overview-initiatives')");
        Assert.Contains("overview-support-sessions", trends);
        Assert.True(trends.Length >= 3, string.Join(", ", trends));
        foreach (var trend in trends)
        {
            var months = await ScreenTable.Rows(page.Page, trend);
            Assert.Equal(12, months.Length);
            Assert.All(months, m => Assert.Equal(3, m.Length));
            ScreenTable.AssertSame(trend, months, await ScreenTable.Downloads(page.Page, trend), "Onderdeel");
        }

        // The page lists each initiative's targets inside its row; the download has one row per target.
        var initiatives = await page.Page.EvaluateAsync<string[][]>(
            """
            () => {
              const name = document.querySelector('[data-testid="downloads-overview-initiatives"]');
              const table = [...document.querySelectorAll('table')].filter(t => t.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
              const text = e => e ? e.textContent.replace(/\s+/g, ' ').trim() : '';
              return [...table.querySelectorAll('tbody tr')].flatMap(tr => {
                const [title, kind, status, targets] = [...tr.children];
                const lines = [...targets.querySelectorAll('[data-testid=target]')];
                if (lines.length === 0) return [[text(title), text(kind), text(status), text(targets), '', '', '', '', '']];
                return lines.map(line => {
                  const first = text(line.querySelector('span'));
                  const [indicator, figures] = [first.slice(0, first.indexOf(': ')), first.slice(first.indexOf(': ') + 2)];
                  const m = figures.match(/^(.+) van (.+) \((.+)\)$/);
                  const forecast = [...line.querySelectorAll('.target-meta > span')].map(text).find(t => t.startsWith('prognose ')) ?? '';
                  return [text(title), text(kind), text(status), indicator, m[1], m[2], m[3], forecast.replace('prognose ', '') || '', text(line.querySelector('[data-testid=target-status]'))];
                });
              });
            }
            """);
        Assert.True(initiatives.Length >= 5, "The demo's initiatives have targets.");
        ScreenTable.AssertSame("overview-initiatives", initiatives, await ScreenTable.Downloads(page.Page, "overview-initiatives"), "Initiatief");
    }

    [Fact]
    public async Task The_comparison_chart_of_a_filtered_sorted_view_downloads_as_its_table()
    {
        var page = await Open("/vergelijking?periode=jaar&van=2025-01&tot=2025-12&soort=ministry&sorteer=support-sessions&richting=oplopend");
        await using var session = page.Session;

        var table = await ScreenTable.Rows(page.Page, "comparison");
        var chart = await ScreenTable.Rows(page.Page, "comparison-chart");
        // The demo's three ministries and those other tests onboarded into the shared product, fewest sessions first, on one page.
        Assert.InRange(table.Length, 3, Collab.Dashboard.Views.ComparisonPage.Size);
        Assert.Contains(table, r => r[0] == "OCW");
        // The chart shows the sorted column in the table's order.
        Assert.Equal(table.Select(r => r[0]), chart.Select(r => r[0]));
        ScreenTable.AssertSame("comparison", table, await ScreenTable.Downloads(page.Page, "comparison"), "Lid");
        ScreenTable.AssertSame("comparison-chart", chart, await ScreenTable.Downloads(page.Page, "comparison-chart"), "Onderdeel");
    }

    [Fact]
    public async Task The_exchange_matrix_and_a_chosen_cell_download_as_on_screen_and_a_formula_stays_text()
    {
        await product.WaitForDemoAsync();
        // An outside organisation named like a formula, registered through the API this month.
        const string formula = "=HYPERLINK(\"x\")";
        using (var manager = await ApiClients.As(product.App, "collaboration-manager"))
        {
            var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var body = $$"""{"id":"inject-{{Guid.NewGuid():N}}","date":"{{today}}","fromMemberId":"lnv","outsideOrganisation":"{{formula.Replace("\"", "\\\"", StringComparison.Ordinal)}}","kind":"consultation","personDays":1.5,"expertiseArea":"Archiefwet"}""";
            var stored = await manager.PostAsync("/api/v1/knowledge-contacts", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            Assert.True(stored.IsSuccessStatusCode, await stored.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var page = await Open("/uitwisseling?maat=persoonsdagen&gever=lnv&ontvanger=outside");
        await using var session = page.Session;
        var cell = await Eventually.Until(
            () => ScreenTable.Rows(page.Page, "exchange-cell"),
            rows => rows.Any(r => r[0] == formula.ToLowerInvariant()),
            TimeSpan.FromSeconds(30));

        var matrix = await ScreenTable.Rows(page.Page, "exchange-matrix");
        Assert.True(matrix.Length >= 5, "The demo's members give knowledge.");
        ScreenTable.AssertSame("exchange-matrix", matrix, await ScreenTable.Downloads(page.Page, "exchange-matrix"), "Gever");
        var cells = await ScreenTable.Downloads(page.Page, "exchange-cell");
        ScreenTable.AssertSame("exchange-cell", cell, cells, "Organisatie");
        foreach (var (format, sheet) in cells)
        {
            // Other tests inject formulas too: this one is known by its whole text.
            var injected = sheet.Body("Organisatie").Select(r => r[0]).Single(c => string.Equals(c.Text?.TrimStart('\''), formula, StringComparison.OrdinalIgnoreCase));
            Assert.Equal("text", injected.Type);
            // CSV marks it as text with a leading apostrophe; XLSX and ODS store it as a text cell.
            Assert.Equal((format == "csv" ? "'" : "") + formula.ToLowerInvariant(), injected.Text);
        }
    }

    [Fact]
    public async Task A_members_partners_and_both_charts_download_as_the_rows_on_screen()
    {
        var page = await Open("/leden/ocw?periode=kwartaal&van=2025-04&tot=2025-06");
        await using var session = page.Session;

        foreach (var (name, header) in new[] { ("member-partners", "Organisatie"), ("member-sessions", "Onderdeel"), ("member-contacts", "Onderdeel") })
        {
            var rows = await ScreenTable.Rows(page.Page, name);
            Assert.True(rows.Length >= 3, $"{name}: the demo's OCW has rows in a quarter.");
            ScreenTable.AssertSame(name, rows, await ScreenTable.Downloads(page.Page, name), header);
        }
    }

    [Theory]
    [InlineData("inkoop-dms-licenties", "initiative-targets", "initiative-savings")]
    [InlineData("pop-up-stores", "initiative-targets", "initiative-sessions")]
    public async Task An_initiatives_targets_savings_and_sessions_download_as_the_rows_on_screen(string id, string first, string second)
    {
        var page = await Open($"/initiatieven/{id}?periode=12-maanden");
        await using var session = page.Session;

        foreach (var name in new[] { first, second })
        {
            var rows = await ScreenTable.Rows(page.Page, name);
            Assert.True(rows.Length >= 1, $"{name} of {id} has rows.");
            var header = name switch { "initiative-targets" => "Indicator", "initiative-savings" => "Lid", _ => "Onderdeel" };
            ScreenTable.AssertSame(name, rows, await ScreenTable.Downloads(page.Page, name), header);
        }
    }

    private async Task<(BrowserSession Session, IPage Page)> Open(string address)
    {
        await product.WaitForDemoAsync();
        var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl);
        await session.Page.GotoAsync(address);
        await session.WaitForInteractive();
        await session.WaitForFigures();
        return (session, session.Page);
    }
}
