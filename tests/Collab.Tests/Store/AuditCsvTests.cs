using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Collab.Dashboard.Audit;
using Collab.Dashboard.Exports;

namespace Collab.Tests.Store;

/// <summary>
/// The audit export's CSV as a spreadsheet reads it: a BOM, the header block, the page's columns (time in Dutch time as the page
/// shows it) then the id and the UTC instant, ';' in Dutch and ',' in English, and no cell a spreadsheet would run as a formula.
/// </summary>
public sealed class AuditCsvTests
{
    private static readonly ImmutableArray<ExportColumn> Columns =
    [
        new("Tijd", ExportKind.Text), new("Actor", ExportKind.Text), new("Actie", ExportKind.Text), new("Object", ExportKind.Text),
        new("Resultaat", ExportKind.Text), new("Herkomst", ExportKind.Text), new("Regel-id", ExportKind.Whole), new("Tijd (UTC)", ExportKind.Text),
    ];

    [Fact]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_a_quote()
    {
        // 09:15 in winter at +01:00 is 08:15 UTC and 09:15 in Dutch time.
        var at = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(1));
        AuditEntry[] lines =
        [
            new(8, at, "=HYPERLINK(\"http://x\")", "+SUM(A1)", "-1+2", "@cmd", "\tTAB"),
            new(7, at, "\rCR", "PUT", "/api/v1/members/ocw", "200", "127.0.0.1; curl"),
            new(6, at, "registrar:ocw", "POST", "/api/v1/support-sessions/a;b", "201", "127.0.0.1; curl"),
        ];
        var sheet = new AuditSheet("Auditspoor", "auditspoor", [new("Titel", "Auditspoor"), new("Filters", "Actor: =x")], Columns, new CultureInfo("nl-NL"));
        using var output = new MemoryStream();

        await AuditCsv.WriteAsync(output, sheet, ToAsync(lines), TestContext.Current.CancellationToken);

        var bytes = output.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "Titel;Auditspoor\r\nFilters;Actor: =x\r\n\r\n"
            + "Tijd;Actor;Actie;Object;Resultaat;Herkomst;Regel-id;Tijd (UTC)\r\n"
            + "30-11-2026 09:15:00;\"'=HYPERLINK(\"\"http://x\"\")\";\"'+SUM(A1)\";\"'-1+2\";\"'@cmd\";\"'\tTAB\";8;2026-11-30T08:15:00.000Z\r\n"
            + "30-11-2026 09:15:00;\"'\rCR\";PUT;/api/v1/members/ocw;200;\"127.0.0.1; curl\";7;2026-11-30T08:15:00.000Z\r\n"
            + "30-11-2026 09:15:00;registrar:ocw;POST;\"/api/v1/support-sessions/a;b\";201;\"127.0.0.1; curl\";6;2026-11-30T08:15:00.000Z\r\n",
            text);
    }

    [Fact]
    public async Task In_english_the_cells_are_separated_by_commas()
    {
        var at = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);
        var sheet = new AuditSheet("Audit trail", "auditspoor", [new("Title", "Audit trail")], Columns, new CultureInfo("en-GB"));
        using var output = new MemoryStream();

        await AuditCsv.WriteAsync(output, sheet, ToAsync([new(3, at, "registrar:ocw", "POST", "/api/v1/x", "200 stored=1", "10.0.0.1")]), TestContext.Current.CancellationToken);

        var rows = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF').Split("\r\n");
        // 12:00 UTC in July is 14:00 in Dutch summer time.
        Assert.Equal("01/07/2026 14:00:00,registrar:ocw,POST,/api/v1/x,200 stored=1,10.0.0.1,3,2026-07-01T12:00:00.000Z", rows[3]);
    }

    private static async IAsyncEnumerable<AuditEntry> ToAsync(IEnumerable<AuditEntry> lines)
    {
        foreach (var line in lines)
        {
            await Task.Yield();
            yield return line;
        }
    }
}
