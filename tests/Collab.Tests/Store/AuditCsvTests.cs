using System.Text;
using Collab.Dashboard.Audit;

namespace Collab.Tests.Store;

/// <summary>The audit export as a spreadsheet reads it: ';'-separated with a BOM, and no cell a spreadsheet would run as a formula.</summary>
public sealed class AuditCsvTests
{
    [Fact]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_a_quote()
    {
        var at = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.FromHours(1));
        AuditEntry[] lines =
        [
            new(8, at, "=HYPERLINK(\"http://x\")", "+SUM(A1)", "-1+2", "@cmd", "\tTAB"),
            new(7, at, "\rCR", "PUT", "/api/v1/members/ocw", "200", "127.0.0.1; curl"),
            new(6, at, "registrar:ocw", "POST", "/api/v1/support-sessions/a;b", "201", "127.0.0.1; curl"),
        ];
        using var output = new MemoryStream();

        await AuditCsv.WriteAsync(output, ToAsync(lines), TestContext.Current.CancellationToken);

        var bytes = output.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "id;at;actor;action;object;result;origin\r\n"
            + "8;2026-11-30T08:15:00.000Z;\"'=HYPERLINK(\"\"http://x\"\")\";\"'+SUM(A1)\";\"'-1+2\";\"'@cmd\";\"'\tTAB\"\r\n"
            + "7;2026-11-30T08:15:00.000Z;\"'\rCR\";PUT;/api/v1/members/ocw;200;\"127.0.0.1; curl\"\r\n"
            + "6;2026-11-30T08:15:00.000Z;registrar:ocw;POST;\"/api/v1/support-sessions/a;b\";201;\"127.0.0.1; curl\"\r\n",
            text);
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
