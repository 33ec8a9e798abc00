using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Collab.Tests.Api;
using Collab.Tests.Browser;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Exports;

/// <summary>
/// The MT report's tables and the open-data preview: every table shown downloads as CSV, XLSX and ODS that, read back by
/// independent readers, hold exactly the rows on screen, under a header block that names the period, language and figures.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ReportExportTests(RunningProduct product, ChromiumFixture chromium)
{
    private static readonly CultureInfo Dutch = new("nl-NL");

    /// <summary>Each report table's download name and the first header of its columns in Dutch.</summary>
    private static readonly Dictionary<string, string> FirstHeaders = new()
    {
        ["report-key-figures"] = "Indicator",
        ["report-sessions"] = "Onderdeel",
        ["report-targets"] = "Initiatief",
        ["report-top"] = "Lid",
        ["report-bottom"] = "Lid",
        ["report-exchange"] = "Gever",
        ["report-trajectories"] = "Initiatief",
        ["report-joined"] = "Lid",
        ["report-left"] = "Lid",
    };

    /// <summary>The last whole quarter: inside the demo story's two years whenever the tests run.</summary>
    private static DateOnly QuarterStart
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.Now);
            return new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(-3);
        }
    }

    private static string QuarterAddress(DateOnly first) =>
        string.Create(CultureInfo.InvariantCulture, $"/rapport?van={first:yyyy-MM}&tot={first.AddMonths(2):yyyy-MM}");

    [Fact]
    public async Task Every_table_of_the_report_downloads_as_the_rows_on_screen_and_a_formula_named_member_stays_text()
    {
        await product.WaitForDemoAsync();
        var first = QuarterStart;
        // A member named like a formula joins on the quarter's first day, so the report's new members list it.
        const string formula = "=HYPERLINK(\"x\")";
        var id = $"inject-{Guid.NewGuid():N}"[..20];
        using (var manager = await ApiClients.As(product.App, "collaboration-manager"))
        {
            var created = await manager.PostAsJsonAsync("/api/v1/members", new
            {
                id,
                nameNl = formula,
                nameEn = formula,
                abbreviation = "INJ",
                kind = "executing-agency",
                parentMinistryId = "ocw",
                divFte = 3,
                joinedOn = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }, TestContext.Current.CancellationToken);
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

            // And one that leaves in its second week, so the report's leaving members have a table too.
            var left = await manager.PostAsJsonAsync("/api/v1/members", new
            {
                id = $"leaves-{Guid.NewGuid():N}"[..20],
                nameNl = "Vertrekkende Proefdienst",
                nameEn = "Leaving Trial Service",
                abbreviation = "VPD",
                kind = "executing-agency",
                parentMinistryId = "ocw",
                divFte = 2,
                joinedOn = first.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                leftOn = first.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            }, TestContext.Current.CancellationToken);
            Assert.True(left.StatusCode == HttpStatusCode.Created, await left.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        await using var session = await Open(QuarterAddress(first), "nl-NL");
        var page = session.Page;
        await Assertions.Expect(page.GetByTestId("report-joined")).ToContainTextAsync(formula, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("report-left")).ToContainTextAsync("Vertrekkende Proefdienst (VPD)", new() { Timeout = 30_000 });

        // Every table on the report is followed by its downloads, and every one of them is checked below.
        var tables = await page.Locator("article.report table").CountAsync();
        var shown = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('article.report [data-testid^=\"downloads-\"]')].map(e => e.dataset.testid.slice(10))");
        Assert.Equal(tables, shown.Length);
        Assert.Subset(shown.ToHashSet(), new HashSet<string> { "report-key-figures", "report-sessions", "report-top", "report-bottom", "report-exchange", "report-joined", "report-left" });
        Assert.Superset(shown.ToHashSet(), FirstHeaders.Keys.ToHashSet());

        var period = $"{first.ToString("MMM yyyy", Dutch)} – {first.AddMonths(2).ToString("MMM yyyy", Dutch)}";
        var version = (await page.GetByTestId("report-version").InnerTextAsync()).Replace("Versie van de cijfers: ", "", StringComparison.Ordinal).Trim();
        foreach (var name in shown)
        {
            var rows = await ScreenTable.Rows(page, name);
            Assert.True(rows.Length >= 1, $"{name} shows rows.");
            var sheets = await ScreenTable.Downloads(page, name);
            ScreenTable.AssertSame(name, rows, sheets, FirstHeaders[name]);
            TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {rows.Length} rows, the same in CSV, XLSX and ODS");
            foreach (var (format, sheet) in sheets)
            {
                var header = ScreenTable.HeaderBlock(sheet, FirstHeaders[name]);
                Assert.True(header.Contains(period, StringComparison.Ordinal), $"{name} as {format} names {period}: {header}");
                Assert.True(header.Contains("Taal: Nederlands", StringComparison.Ordinal), $"{name} as {format} names its language: {header}");
                Assert.True(header.Contains($"Versie van de cijfers {version}", StringComparison.Ordinal), $"{name} as {format} names the figures' version '{version}': {header}");
                Assert.Contains("/rapport?van=", header, StringComparison.Ordinal);
            }
        }

        // The key figures: one row per headline figure, six of them, as the page shows.
        Assert.Equal(6, (await ScreenTable.Rows(page, "report-key-figures")).Length);
        foreach (var (format, sheet) in await ScreenTable.Downloads(page, "report-joined"))
        {
            var injected = sheet.Body("Lid").Select(r => r[0]).Single(c => c.Text?.TrimStart('\'') == $"{formula} (INJ)");
            Assert.Equal("text", injected.Type);
            Assert.Equal((format == "csv" ? "'" : "") + $"{formula} (INJ)", injected.Text);
        }

        // On a phone the links wrap and widen nothing; axe finds nothing with them.
        await ReflowChecks.ResizeAsync(page, 320);
        Assert.Null(await ReflowChecks.OverflowAsync(page));
        Assert.Empty(await ReflowChecks.AxeAsync(page));

        // On paper the report carries no download links, like its other buttons.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.GetByTestId("downloads-report-key-figures")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_english_report_downloads_its_tables_in_english()
    {
        await product.WaitForDemoAsync();
        var first = QuarterStart;
        await using var session = await Open(QuarterAddress(first), "en-GB");

        var rows = await ScreenTable.Rows(session.Page, "report-key-figures");
        var english = new CultureInfo("en-GB");
        var period = $"{first.ToString("MMM yyyy", english)} – {first.AddMonths(2).ToString("MMM yyyy", english)}";
        foreach (var (format, sheet) in await ScreenTable.Downloads(session.Page, "report-key-figures"))
        {
            var header = ScreenTable.HeaderBlock(sheet, "Indicator");
            Assert.True(header.Contains("Language: English", StringComparison.Ordinal) && header.Contains(period, StringComparison.Ordinal), $"{format}: {header}");
            // The same indicators in the same order, named in English as on the screen.
            Assert.Equal(rows.Select(r => r[0]), sheet.Body("Indicator").Select(r => r[0].Text));
            Assert.Contains("Support sessions", rows.Select(r => r[0]));
        }
    }

    [Fact]
    public async Task The_open_data_preview_downloads_anonymously_with_its_suppressed_cells_as_on_screen()
    {
        await product.WaitForDemoAsync();
        using (var manager = await ApiClients.As(product.App, "collaboration-manager"))
        {
            // ocw helped 3 people (below 5: suppressed), ezk 8; the month is published as version 1.
            await PeriodVersionApiTests.Register(manager, "2019-11-05", 3);
            await PeriodVersionApiTests.Register(manager, "2019-11-06", 8, "ezk");
            await PeriodVersionApiTests.LiveUntil(manager, "2019-11", sessions: 2, people: 11);
            Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/v1/periods/2019-11/versions", new { reason = "MT december" }, TestContext.Current.CancellationToken)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/v1/periods/2019-11/versions/1/publish", new { reason = "Woo" }, TestContext.Current.CancellationToken)).StatusCode);
        }

        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", role: null);
        await session.Page.GotoAsync("/open-data");
        await Assertions.Expect(session.Page.Locator("#preview-heading")).ToContainTextAsync("2019-11 versie 1");

        var rows = await ScreenTable.Rows(session.Page, "open-data-preview");
        // Members of the month, then the total; the month and its total as columns; ocw's 3 people are below 5 in both.
        Assert.Equal("Totaal", rows[^1][0]);
        Assert.Equal(["x", "x"], rows.Single(r => r[0] == "ocw")[1..]);
        var sheets = await ScreenTable.Downloads(session.Page, "open-data-preview");
        ScreenTable.AssertSame("open-data-preview", rows, sheets, "Lid-organisatie");
        foreach (var (format, sheet) in sheets)
        {
            var ocw = sheet.Body("Lid-organisatie").Single(r => r[0].Text == "ocw");
            Assert.All(ocw.Skip(1).Take(2), c => Assert.Equal(("text", "x"), (c.Type, c.Text)));
            var header = ScreenTable.HeaderBlock(sheet, "Lid-organisatie");
            Assert.True(header.Contains(Period("2019-11"), StringComparison.Ordinal) && header.Contains("versie 1, gepubliceerd op", StringComparison.Ordinal), $"{format}: {header}");
            Assert.Contains("onder de 5", header, StringComparison.Ordinal);
        }

        await ReflowChecks.ResizeAsync(session.Page, 320);
        Assert.Null(await ReflowChecks.OverflowAsync(session.Page));
        Assert.Empty(await ReflowChecks.AxeAsync(session.Page));
    }

    private static string Period(string month)
    {
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{first.ToString("MMM yyyy", Dutch)} – {first.ToString("MMM yyyy", Dutch)}";
    }

    private async Task<BrowserSession> Open(string address, string culture)
    {
        var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, culture);
        await session.Page.GotoAsync(address);
        await session.WaitForInteractive();
        await session.WaitForFigures();
        return session;
    }
}
