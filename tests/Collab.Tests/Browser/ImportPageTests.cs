using System.Text;
using Collab.Dashboard;
using Collab.Dashboard.Api;
using Collab.Tests.Support;
using Microsoft.Playwright;
using StackExchange.Redis;

namespace Collab.Tests.Browser;

/// <summary>A registrar imports a spreadsheet in the browser: preview first, then storing with progress, then the report.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ImportPageTests(RunningProduct product, ChromiumFixture chromium)
{
    [Fact]
    public async Task A_file_is_previewed_stored_with_a_report_and_the_same_file_again_stores_nothing()
    {
        await product.WaitForDemoAsync();
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var ledger = store.GetDatabase();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.Registrar, "ocw");
        await session.Page.GotoAsync(DashboardUrls.ImportRoute);
        await session.WaitForInteractive();
        var run = Guid.NewGuid().ToString("N")[..8];
        // Dutch spreadsheet style: ';', a byte order mark, Dutch dates.
        var rows = Enumerable.Range(1, 40).Select(i => $"ui-{run}-{i};{i % 28 + 1:00}-02-2024;ocw;ezk;workshop;{i};90");
        var file = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes\n" + string.Join("\n", rows))).ToArray();
        var before = await LedgerReads.CountAsync(ledger);

        await session.Page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "sessies.csv", MimeType = "text/csv", Buffer = file });
        await Assertions.Expect(session.Page.GetByTestId("import-counts")).ToHaveTextAsync("40 rijen: 40 goed, 0 met fouten, 0 dubbel in het bestand.");
        Assert.Equal(before, await LedgerReads.CountAsync(ledger));
        await session.Page.GetByTestId("import-store").ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("report-stored")).ToHaveTextAsync("40");
        await Assertions.Expect(session.Page.GetByTestId("report-duplicates")).ToHaveTextAsync("0");
        Assert.Equal(before + 40, await LedgerReads.CountAsync(ledger));

        await session.Page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "sessies.csv", MimeType = "text/csv", Buffer = file });
        await session.Page.GetByTestId("import-store").ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("report-duplicates")).ToHaveTextAsync("40");
        await Assertions.Expect(session.Page.GetByTestId("report-stored")).ToHaveTextAsync("0");
        Assert.Equal(before + 40, await LedgerReads.CountAsync(ledger));
    }

    [Fact]
    public async Task Rows_for_another_member_are_listed_by_line_and_nothing_can_be_stored()
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.Registrar, "ocw");
        await session.Page.GotoAsync(DashboardUrls.ImportRoute);
        await session.WaitForInteractive();
        var run = Guid.NewGuid().ToString("N")[..8];
        var file = Encoding.UTF8.GetBytes("id,date,providingMemberId,hostMemberId,format,peopleHelped,durationMinutes\n"
            + $"x-{run}-1,2024-02-01,ocw,ezk,workshop,3,90\n" + $"x-{run}-2,2024-02-01,ezk,ocw,workshop,3,90\n");

        await session.Page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "andere.csv", MimeType = "text/csv", Buffer = file });

        await Assertions.Expect(session.Page.GetByTestId("import-counts")).ToHaveTextAsync("2 rijen: 1 goed, 1 met fouten, 0 dubbel in het bestand.");
        var row = session.Page.GetByTestId("row-errors").Locator("tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator("td").First).ToHaveTextAsync("3");
        // The column by its label on the form, with the file's own column name beside it.
        await Assertions.Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("Ondersteunende organisatie providingMemberId");
        await Assertions.Expect(session.Page.GetByTestId("import-store")).ToHaveCountAsync(0);
    }
}
