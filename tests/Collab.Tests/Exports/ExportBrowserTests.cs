using System.Globalization;
using System.Text.RegularExpressions;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Exports;

/// <summary>
/// A filtered, sorted comparison downloaded from the page in each format and read back by independent readers equals the
/// rows on screen; a formula typed into the import comes back as text in every format.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ExportBrowserTests(RunningProduct product, ChromiumFixture chromium)
{
    private static readonly CultureInfo Dutch = new("nl-NL");

    // The screen's formats of the absolute comparison, column by column after the member: DIV-fte, sessions, helped,
    // contacts, days given, days received, activities per fte, share of initiatives.
    private static readonly string[] AbsoluteFormats = ["N2", "N0", "N0", "N0", "N2", "N2", "N2", "P0"];

    [Fact]
    public async Task A_filtered_sorted_comparison_downloads_as_exactly_the_rows_on_screen_in_every_format()
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl);
        var page = session.Page;
        await page.GotoAsync("/vergelijking?periode=jaar&van=2025-01&tot=2025-12");
        await session.WaitForInteractive();
        await session.WaitForFigures();
        // Each step waits until the page has rendered it: the next one builds on the view the page shows.
        await page.GetByTestId("filter-kind").SelectOptionAsync("ExecutingAgency");
        await Assertions.Expect(page.Locator("tr[data-member=ocw]")).ToHaveCountAsync(0);
        await page.GetByTestId("absolute").CheckAsync();
        await Assertions.Expect(page.Locator("[data-testid=comparison] caption")).ToContainTextAsync("Absoluut");
        var helped = page.Locator("[data-testid=comparison] thead th", new() { Has = page.Locator("button", new() { HasText = "Geholpen" }) });
        await helped.Locator("button").ClickAsync();
        await Assertions.Expect(helped).ToHaveAttributeAsync("aria-sort", "descending");
        await helped.Locator("button").ClickAsync();
        await Assertions.Expect(helped).ToHaveAttributeAsync("aria-sort", "ascending");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("periode=jaar&van=2025-01&tot=2025-12&maat=absoluut&soort=executing-agency&sorteer=people-helped&richting=oplopend"));

        var screen = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('[data-testid=comparison] tbody tr')].map(tr => [tr.querySelector('th a').textContent.trim(), ...[...tr.querySelectorAll('td')].map(td => td.textContent.trim())])");
        Assert.True(screen.Length >= 2, "The demo has several executing agencies.");

        foreach (var format in new[] { "csv", "xlsx", "ods" })
        {
            var href = await page.GetByTestId($"download-comparison-{format}").GetAttributeAsync("href");
            var response = await page.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            var sheet = await SheetReader.Read(await response.BodyAsync(), format);

            // The download holds the whole selection; the screen shows its first page of rows (all of them when they fit one page).
            var body = sheet.Body("Lid");
            if (screen.Length < Collab.Dashboard.Views.ComparisonPage.Size)
            {
                Assert.Equal(screen.Length, body.Count);
            }
            else
            {
                Assert.True(body.Count >= screen.Length, $"{format}: {body.Count} rows, the first page shows {screen.Length}.");
            }

            for (var r = 0; r < screen.Length; r++)
            {
                Assert.Equal(screen[r][0], body[r][0].Text);
                for (var c = 1; c < screen[r].Length; c++)
                {
                    Assert.Equal(screen[r][c], Shown(body[r][c], AbsoluteFormats[c - 1], format));
                }
            }

            var header = string.Join("\n", sheet.Rows.Take(6).Select(row => string.Join(" ", row.Select(cell => cell.Text))));
            Assert.Contains("jan 2025 – dec 2025", header);
            Assert.Contains("Uitvoeringsorganisaties", header);
            Assert.Contains("Gegenereerd op", header);
            Assert.Contains("live", header);
        }
    }

    [Fact]
    public async Task A_formula_stored_through_the_import_comes_back_as_text_in_every_format()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var id = $"inject-{Guid.NewGuid():N}"[..20];
        const string formula = "=HYPERLINK(\"http://example.invalid\";\"klik\")";
        var csv = "id;date;fromMemberId;toMemberId;outsideOrganisation;kind;personDays;expertiseArea;initiativeId;note\n"
            + $"{id};{today};lnv;;\"{formula.Replace("\"", "\"\"", StringComparison.Ordinal)}\";consultation;1;Archiefwet;;\n";
        var stored = await manager.PostAsync("/api/v1/imports/knowledge-contacts", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        Assert.True(stored.IsSuccessStatusCode, await stored.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl);
        foreach (var format in new[] { "csv", "xlsx", "ods" })
        {
            var sheet = await Eventually.Until(
                async () => await SheetReader.Read(await (await session.Page.APIRequest.GetAsync($"/exporteren/uitwisseling/cel?gever=lnv&ontvanger=outside&format={format}")).BodyAsync(), format),
                s => s.Body("Organisatie").Any(r => r[0].Text?.Contains("example.invalid", StringComparison.OrdinalIgnoreCase) == true),
                TimeSpan.FromSeconds(20));

            // Other tests inject formulas too: this one is known by its address.
            var cell = sheet.Body("Organisatie").Select(r => r[0]).Single(c => c.Text?.Contains("example.invalid", StringComparison.OrdinalIgnoreCase) == true);
            Assert.Equal("text", cell.Type);
            // The formula itself comes back as untouched text (CSV marks it with a leading apostrophe).
            Assert.Equal((format == "csv" ? "'" : "") + formula, cell.Text, ignoreCase: true);
        }
    }

    private static string Shown(SheetCell cell, string screenFormat, string format)
    {
        if (cell.Type == "empty")
        {
            return "–";
        }

        Assert.Equal(format == "csv" ? "text" : "number", cell.Type);
        var value = format == "csv" ? (decimal)SheetReader.CsvNumber(cell.Text!, Dutch) : (decimal)cell.Number!.Value;
        return value.ToString(screenFormat, Dutch);
    }
}
