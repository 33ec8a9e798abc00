using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>A spreadsheet of 10,000 rows through the real app: exact counts, and the same file again changes nothing.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ImportApiTests(RunningProduct product)
{
    private const int RowCount = 10_000;
    private static readonly string[] Providers = ["ocw", "ezk", "lnv", "duo", "na"];

    [Fact]
    public async Task Ten_thousand_rows_are_stored_exactly_once_and_the_same_file_again_changes_nothing()
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var ledger = store.GetDatabase();
        // A month no other test or the demo story writes to, so its indicators hold this file only.
        var csv = File(run: Guid.NewGuid().ToString("N")[..8], year: 2009);
        var before = await LedgerReads.CountAsync(ledger);

        var clock = Stopwatch.StartNew();
        var first = await Import(manager, csv, cancel);
        var firstSeconds = clock.Elapsed.TotalSeconds;

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(RowCount, first.Body.GetProperty("stored").GetInt32());
        Assert.Equal(0, first.Body.GetProperty("duplicates").GetInt32());
        Assert.Equal(0, first.Body.GetProperty("rejected").GetArrayLength());
        Assert.Equal(before + RowCount, await LedgerReads.CountAsync(ledger));
        // Every row helped (row % 9) people: 10,000 rows hold 1,111 full cycles of 0..8 (36 each) and one extra 0.
        var figures = await Eventually.Until(() => Collaboration(manager, cancel), f => f.GetProperty("supportSessions").GetInt32() == RowCount, TimeSpan.FromSeconds(20));
        Assert.Equal(1111 * 36, figures.GetProperty("peopleHelped").GetInt32());

        clock.Restart();
        var again = await Import(manager, csv, cancel);
        var againSeconds = clock.Elapsed.TotalSeconds;

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(0, again.Body.GetProperty("stored").GetInt32());
        Assert.Equal(RowCount, again.Body.GetProperty("duplicates").GetInt32());
        Assert.Equal(before + RowCount, await LedgerReads.CountAsync(ledger));
        Assert.Equal(figures.ToString(), (await Collaboration(manager, cancel)).ToString());
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Import of {RowCount:N0} rows ({Encoding.UTF8.GetByteCount(csv) / 1024} KB): {firstSeconds:F1} s ({RowCount / firstSeconds:F0} rows/s); the same file again: {againSeconds:F1} s");
    }

    [Fact]
    public async Task A_file_with_one_bad_row_stores_nothing_and_names_the_row()
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var before = await LedgerReads.CountAsync(store.GetDatabase());
        var run = Guid.NewGuid().ToString("N")[..8];
        var csv = "id,date,providingMemberId,hostMemberId,format,peopleHelped,durationMinutes\r\n"
            + $"bad-{run}-1,2024-03-01,ocw,ezk,pop-up-store,5,60\r\n"
            + $"bad-{run}-2,2024-03-02,ezk,ocw,pop-up-store,5,60\r\n"
            + $"bad-{run}-3,2024-03-03,ocw,lnv,pop-up-store,-4,60\r\n";

        var result = await Import(registrar, csv, cancel);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        var errors = result.Body.GetProperty("rowErrors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Equal([(3, "providingMemberId"), (4, "peopleHelped")], errors);
        Assert.Equal(before, await LedgerReads.CountAsync(store.GetDatabase()));
    }

    [Fact]
    public async Task The_template_of_each_kind_downloads_without_signing_in()
    {
        using var anonymous = ApiClients.Anonymous(product.App);
        foreach (var kind in new[] { "support-sessions", "knowledge-contacts", "procurement-updates" })
        {
            var response = await anonymous.GetAsync($"/api/v1/imports/{kind}/template", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("id;date;", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    private static string File(string run, int year)
    {
        var text = new StringBuilder("id;date;providingMemberId;hostMemberId;format;topics;peopleHelped;durationMinutes\n");
        for (var i = 0; i < RowCount; i++)
        {
            var provider = Providers[i % Providers.Length];
            var host = Providers[(i + 1) % Providers.Length];
            text.Append(CultureInfo.InvariantCulture, $"bulk-{run}-{i};{year}-06-{1 + (i % 28):00};{provider};{host};desk-visit;dms|privacy;{i % 9};45\n");
        }

        return text.ToString();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Import(HttpClient client, string csv, CancellationToken cancel)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        var response = await client.PostAsync("/api/v1/imports/support-sessions", content, cancel);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(cancel));
    }

    private static async Task<JsonElement> Collaboration(HttpClient client, CancellationToken cancel) =>
        await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/collaboration?from=2009-06&to=2009-06", cancel);
}
