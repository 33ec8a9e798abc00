using System.Net.Http.Json;
using System.Text;
using Collab.Dashboard;
using Collab.Dashboard.Api;
using Collab.Dashboard.Audit;
using Collab.Tests.Browser;
using Collab.Tests.Support;
using Microsoft.Playwright;
using StackExchange.Redis;

namespace Collab.Tests.Exports;

/// <summary>
/// The collaboration manager's and the registrar's own tables (the audit trail, the manage page's members and initiatives, a
/// period's versions, an import's row errors) download as CSV, XLSX and ODS holding exactly the rows on screen, read back by the
/// independent readers; a formula typed into any of them comes back as text.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class AdminTableExportTests(RunningProduct product, ChromiumFixture chromium)
{
    private const string Formula = "=HYPERLINK(\"http://x.example\")";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_filtered_audit_trail_downloads_as_its_rows_with_the_filter_in_the_header_and_a_formula_as_text()
    {
        await product.WaitForDemoAsync();
        var prefix = $"/api/v1/members/admx-{Guid.NewGuid():N}"[..34];
        // Seven lines of this test's own object through the audit writer; the second one's actor and origin are formulas.
        await using (var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString()))
        {
            var trail = new AuditTrail(store);
            for (var i = 0; i < 7; i++)
            {
                await trail.WriteAsync(new AuditLine(DateTimeOffset.UtcNow, i == 1 ? Formula : "collaboration-manager:*", i % 2 == 0 ? "PUT" : "POST",
                    $"{prefix}/{i}", i == 3 ? "200 stored=3" : "201", i == 1 ? "@SUM(1+1)" : "10.0.0.7; test"));
            }
        }

        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        var page = session.Page;
        await page.GotoAsync($"/audit?object={Uri.EscapeDataString(prefix)}");
        await session.WaitForInteractive();
        await Assertions.Expect(page.GetByTestId("audit-line")).ToHaveCountAsync(7);

        var rows = await ScreenTable.Rows(page, "audit");
        var sheets = await ScreenTable.Downloads(page, "audit");

        Assert.Equal(7, rows.Length);
        ScreenTable.AssertSame("audit", rows, sheets, "Tijd");
        var ids = await page.GetByTestId("audit-line").EvaluateAllAsync<double[]>("rows => rows.map(r => Number(r.dataset.id))");
        foreach (var (format, sheet) in sheets)
        {
            var body = sheet.Body("Tijd");
            var injected = body.Single(r => r[3].Text == $"{prefix}/1");
            Assert.True(injected[1] is { Type: "text" } actor && Unquoted(actor, format) == Formula, $"{format}: actor {injected[1]}");
            Assert.True(injected[5] is { Type: "text" } origin && Unquoted(origin, format) == "@SUM(1+1)", $"{format}: origin {injected[5]}");
            // After the page's columns: each line's id, as the page's rows carry it.
            Assert.Equal(ids, body.Select(r => format == "csv" ? double.Parse(r[6].Text!, System.Globalization.CultureInfo.InvariantCulture) : r[6].Number!.Value));
            var header = ScreenTable.HeaderBlock(sheet, "Tijd");
            Assert.Contains($"Object: {prefix}", header, StringComparison.Ordinal);
            Assert.Contains($"/audit?object={Uri.EscapeDataString(prefix)}", header, StringComparison.Ordinal);
            Assert.Contains("Gegenereerd op", header, StringComparison.Ordinal);
        }

        await AssertFitsAPhone(page);
    }

    [Fact]
    public async Task The_manage_pages_members_and_initiatives_download_as_the_lists_on_screen()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, ApiRoles.CollaborationManager);
        var run = Guid.NewGuid().ToString("N")[..8];
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd");
        var id = $"admx-{run}";
        await ProfileEdits.CreateAsync(manager, "/api/v1/members", id,
            new { id, nameNl = Formula, nameEn = "Formula agency", abbreviation = $"F{run[..4]}", kind = "other", divFte = 2.5, joinedOn = today }, Cancel);

        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        var page = session.Page;
        // The page reads the collaboration view, which takes the new member in a moment.
        var shown = await Eventually.Until(async () =>
        {
            await page.GotoAsync(DashboardUrls.ManageRoute);
            await session.WaitForInteractive();
            return await page.GetByTestId($"member-row-{id}").CountAsync();
        }, n => n == 1, TimeSpan.FromSeconds(30));
        Assert.Equal(1, shown);

        foreach (var (name, first) in new[] { ("member-list", "Naam (Nederlands)"), ("initiative-list", "Initiatief") })
        {
            // The last column holds the edit buttons, not data.
            var rows = (await ScreenTable.Rows(page, name)).Select(r => r[..^1]).ToArray();
            Assert.True(rows.Length >= 5, $"{name}: the demo's rows at least");
            var sheets = await ScreenTable.Downloads(page, name);
            ScreenTable.AssertSame(name, rows, sheets, first);
            Assert.All(sheets.Values, s => Assert.Contains("/beheer", ScreenTable.HeaderBlock(s, first), StringComparison.Ordinal));
            if (name == "member-list")
            {
                Assert.Contains(rows, r => r[0].StartsWith(Formula, StringComparison.Ordinal));
                foreach (var (format, sheet) in sheets)
                {
                    var cell = sheet.Body(first).Select(r => r[0]).Single(c => c.Text?.Contains($"(F{run[..4]})", StringComparison.Ordinal) == true);
                    Assert.True(cell.Type == "text" && Unquoted(cell, format) == $"{Formula} (F{run[..4]})", $"{format}: {cell}");
                }
            }
        }

        await AssertFitsAPhone(page);
    }

    [Fact]
    public async Task A_periods_versions_download_as_the_table_on_screen()
    {
        await product.WaitForDemoAsync();
        const string period = "2017-02";
        using var manager = await ApiClients.As(product.App, ApiRoles.CollaborationManager);
        // A concept, then fixed: two steps with their reasons. Taken once per product: a second run finds it there.
        var taken = await manager.PostAsJsonAsync($"/api/v1/periods/{period}/versions", new { reason = "concept voor het MT; =1+1", state = "concept" }, Cancel);
        if (taken.StatusCode == System.Net.HttpStatusCode.Created)
        {
            (await manager.PostAsJsonAsync($"/api/v1/periods/{period}/versions/1/fix", new { reason = "MT akkoord" }, Cancel)).EnsureSuccessStatusCode();
        }

        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        var page = session.Page;
        await page.GotoAsync(DashboardUrls.PeriodVersionsRoute);
        await session.WaitForInteractive();
        await page.GetByTestId("period").FillAsync(period);
        await page.GetByTestId("show-versions").ClickAsync();
        await Assertions.Expect(page.GetByTestId("versions")).ToBeVisibleAsync();

        var rows = await ScreenTable.Rows(page, "versions");
        // The steps are one list item each on screen and one line each in the file's cell; the last column holds the step form.
        var steps = await page.GetByTestId("versions").Locator("tbody tr").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => [...r.querySelectorAll('.steps li')].map(li => li.textContent.trim()).join(' '))");
        var screen = rows.Select((r, i) => new[] { r[0], r[1], steps[i] }).ToArray();
        Assert.Equal("1", screen[0][0]);
        Assert.Equal("vastgesteld", screen[0][1]);
        Assert.Contains("MT akkoord", screen[0][2], StringComparison.Ordinal);
        var sheets = await ScreenTable.Downloads(page, "versions");
        ScreenTable.AssertSame("versions", screen, sheets, "Versie");
        Assert.All(sheets.Values, s => Assert.Contains(period, ScreenTable.HeaderBlock(s, "Versie"), StringComparison.Ordinal));
        await AssertFitsAPhone(page);
    }

    [Fact]
    public async Task An_imports_row_errors_download_from_the_page_as_the_rows_on_screen_with_a_formula_as_text()
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.Registrar, "ocw");
        var page = session.Page;
        await page.GotoAsync(DashboardUrls.ImportRoute);
        await session.WaitForInteractive();
        var run = Guid.NewGuid().ToString("N")[..8];
        // Line 2 is good; line 3 has a formula for its id and a date that does not exist; line 4 is for another member.
        var file = Encoding.UTF8.GetBytes("id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes\n"
            + $"ok-{run};01-02-2024;ocw;ezk;workshop;3;90\n"
            + "=SUM(1+1);31-02-2024;ocw;ezk;workshop;3;90\n"
            + $"other-{run};01-02-2024;ezk;ocw;workshop;3;90\n");

        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "fouten.csv", MimeType = "text/csv", Buffer = file });
        await Assertions.Expect(page.GetByTestId("row-errors")).ToBeVisibleAsync();

        var rows = await ScreenTable.Rows(page, "import-errors");
        Assert.Contains(rows, r => r[0] == "3" && r[1] == "=SUM(1+1)");
        Assert.Contains(rows, r => r[0] == "4");
        var sheets = new Dictionary<string, SheetReader>();
        foreach (var format in ScreenTable.Formats)
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"download-import-errors-{format}").ClickAsync());
            Assert.EndsWith($".{format}", download.SuggestedFilename, StringComparison.Ordinal);
            sheets[format] = await SheetReader.Read(await File.ReadAllBytesAsync((await download.PathAsync())!, Cancel), format);
        }

        ScreenTable.AssertSame("import-errors", rows, sheets, "Regel");
        foreach (var (format, sheet) in sheets)
        {
            var id = sheet.Body("Regel").First(r => r[1].Text?.Contains("SUM", StringComparison.Ordinal) == true)[1];
            Assert.True(id.Type == "text" && Unquoted(id, format) == "=SUM(1+1)", $"{format}: {id}");
            Assert.Contains("Ondersteuningssessies", ScreenTable.HeaderBlock(sheet, "Regel"), StringComparison.Ordinal);
        }

        await AssertFitsAPhone(page);
    }

    // The reflow matrix opens these pages without their tables; with a table and its downloads shown they still fit a phone and pass axe.
    private static async Task AssertFitsAPhone(IPage page)
    {
        await ReflowChecks.ResizeAsync(page, 320);
        Assert.Null(await ReflowChecks.OverflowAsync(page));
        Assert.Empty(await ReflowChecks.AxeAsync(page));
    }

    // CSV keeps a formula text by a leading apostrophe; XLSX and ODS by the cell's type.
    private static string? Unquoted(SheetCell cell, string format) => format == "csv" && cell.Text?.StartsWith('\'') == true ? cell.Text[1..] : cell.Text;
}
