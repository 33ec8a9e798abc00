using System.Globalization;
using CsvHelper;

namespace Collab.Dashboard.Audit;

/// <summary>
/// The trail as CSV, streamed as it is read: ';'-separated UTF-8 with a byte order mark (so Excel in Dutch opens it), times in
/// UTC (ISO 8601). Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed with '.
/// </summary>
public static class AuditCsv
{
    public static readonly string[] Header = ["id", "at", "actor", "action", "object", "result", "origin"];

    public static CsvWriterOptions Options { get; } = new()
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static async Task WriteAsync(HttpResponse response, IAsyncEnumerable<AuditEntry> lines, CancellationToken cancel)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = "attachment; filename=\"auditspoor.csv\"";
        response.Headers.CacheControl = "no-store";
        await WriteAsync(response.Body, lines, cancel);
    }

    public static async Task WriteAsync(Stream destination, IAsyncEnumerable<AuditEntry> lines, CancellationToken cancel)
    {
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        await csv.WriteRecordAsync(Header, cancel);
        var written = 0;
        await foreach (var line in lines.WithCancellation(cancel))
        {
            await csv.WriteRecordAsync(
                [line.Id.ToString(CultureInfo.InvariantCulture), line.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                    line.Actor, line.Action, line.Object, line.Result, line.Origin], cancel);
            // Out to the browser a page at a time, so a long export starts at once and never sits whole in memory.
            if (++written % AuditReader.MaxTake == 0)
            {
                await csv.FlushAsync(cancel);
            }
        }

        await csv.FlushAsync(cancel);
    }
}
