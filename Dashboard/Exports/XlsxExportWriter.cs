using SpreadCheetah;
using SpreadCheetah.Styling;

namespace Collab.Dashboard.Exports;

/// <summary>
/// XLSX through SpreadCheetah: the header block, then the table with numbers as numbers in the screen's formats. Text always
/// goes as a string cell (never a formula), so a value like "=HYPERLINK(...)" stays text.
/// </summary>
public static class XlsxExportWriter
{
    public static async Task<byte[]> Write(ExportTable table, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        await using (var sheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: cancellationToken))
        {
            await sheet.StartWorksheetAsync(SheetName(table.Title), token: cancellationToken);
            var bold = sheet.AddStyle(new Style { Font = { Bold = true } });
            var formats = Enum.GetValues<ExportKind>().ToDictionary(k => k, k => sheet.AddStyle(new Style { Format = Format(k) }));
            foreach (var line in table.Header)
            {
                await sheet.AddRowAsync([new Cell(line.Label, bold), new Cell(line.Value)], cancellationToken);
            }

            await sheet.AddRowAsync(Array.Empty<Cell>(), cancellationToken);
            await sheet.AddHeaderRowAsync([.. table.Columns.Select(c => c.Header)], bold, cancellationToken);
            foreach (var row in table.Rows)
            {
                await sheet.AddRowAsync([.. row.Select((value, i) => value switch
                {
                    decimal number => new Cell(number, formats[table.Columns[i].Kind]),
                    ExportNumber own => new Cell(own.Value, formats[own.Kind]),
                    null => new Cell(),
                    _ => new Cell(value.ToString() ?? ""),
                })], cancellationToken);
            }

            await sheet.FinishAsync(cancellationToken);
        }

        return stream.ToArray();
    }

    /// <summary>The screen's format as a spreadsheet number format; the spreadsheet shows it in its own locale.</summary>
    public static NumberFormat Format(ExportKind kind) => kind switch
    {
        ExportKind.OneDecimal => NumberFormat.Custom("#,##0.0"),
        ExportKind.TwoDecimals => NumberFormat.Standard(StandardNumberFormat.ThousandsSeparatorTwoDecimalPlaces),
        ExportKind.Percent => NumberFormat.Standard(StandardNumberFormat.Percent),
        ExportKind.Euros => NumberFormat.Custom("\"€\" #,##0"),
        ExportKind.Whole => NumberFormat.Standard(StandardNumberFormat.ThousandsSeparator),
        _ => NumberFormat.Standard(StandardNumberFormat.General),
    };

    // A sheet name has at most 31 characters and none of []:*?/\.
    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]).Trim('\'');
        return name.Length == 0 ? "Export" : name.Length > 31 ? name[..31] : name;
    }
}
