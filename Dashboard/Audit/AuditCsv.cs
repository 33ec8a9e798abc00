using System.Globalization;
using Collab.Dashboard.Exports;
using CsvHelper;

namespace Collab.Dashboard.Audit;

/// <summary>
/// The trail as CSV, streamed as it is read: the header block, then the page's columns (see <see cref="AuditSheet"/>). UTF-8 with
/// a byte order mark; ';' and a decimal comma in Dutch, ',' in English, like every other export. Text that a spreadsheet
/// would run as a formula (starting with = + - @, tab or CR) is prefixed with '.
/// </summary>
public static class AuditCsv
{
    public static CsvWriterOptions Options(CultureInfo culture) => new()
    {
        Separator = culture.NumberFormat.NumberDecimalSeparator == "," ? ';' : ',',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        // The header block has two cells a line, the table more.
        ValidateFieldCount = false,
    };

    public static async Task WriteAsync(HttpResponse response, AuditSheet sheet, IAsyncEnumerable<AuditEntry> lines, CancellationToken cancel)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{sheet.FileName}.csv\"";
        response.Headers.CacheControl = "no-store";
        await WriteAsync(response.Body, sheet, lines, cancel);
    }

    public static async Task WriteAsync(Stream destination, AuditSheet sheet, IAsyncEnumerable<AuditEntry> lines, CancellationToken cancel)
    {
        await using var csv = CsvWriter.Create(destination, Options(sheet.Culture), leaveOpen: true);
        foreach (var line in sheet.Header)
        {
            await csv.WriteRecordAsync([line.Label, line.Value], cancel);
        }

        // A blank line between the header block and the table, as the other exports have (a record of one empty field would be "").
        await csv.FlushAsync(cancel);
        await destination.WriteAsync("\r\n"u8.ToArray(), cancel);
        await csv.WriteRecordAsync([.. sheet.Columns.Select(c => c.Header)], cancel);
        var written = 0;
        await foreach (var line in lines.WithCancellation(cancel))
        {
            await csv.WriteRecordAsync([.. sheet.Row(line).Select(Cell)], cancel);
            // Out to the browser a page at a time, so a long export starts at once and never sits whole in memory.
            if (++written % AuditReader.MaxTake == 0)
            {
                await csv.FlushAsync(cancel);
            }
        }

        await csv.FlushAsync(cancel);
    }

    // Only whole numbers (ids, status codes) are numbers here: no decimal separator to choose.
    private static string Cell(object? value) => value switch
    {
        null => "",
        decimal number => number.ToString("0", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
