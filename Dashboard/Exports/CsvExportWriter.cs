using System.Globalization;
using System.Text;

namespace Collab.Dashboard.Exports;

/// <summary>
/// CSV as Dutch Excel opens it: UTF-8 with BOM, ';' between cells and a decimal comma; in English ',' and a decimal point.
/// Numbers carry the screen's decimals and no grouping, so a spreadsheet reads them as numbers.
/// </summary>
public static class CsvExportWriter
{
    public static byte[] Write(ExportTable table)
    {
        var comma = table.Culture.NumberFormat.NumberDecimalSeparator == ",";
        var separator = comma ? ';' : ',';
        var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        numbers.NumberDecimalSeparator = comma ? "," : ".";
        var text = new StringBuilder();
        void Line(IEnumerable<string> cells) => text.Append(string.Join(separator, cells.Select(c => Quote(c, separator)))).Append("\r\n");

        foreach (var line in table.Header)
        {
            Line([FormulaGuard.ForCsv(line.Label), FormulaGuard.ForCsv(line.Value)]);
        }

        text.Append("\r\n");
        Line(table.Columns.Select(c => FormulaGuard.ForCsv(c.Header)));
        foreach (var row in table.Rows)
        {
            Line(row.Select((cell, i) => Cell(cell, table.Columns[i].Kind, numbers)));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(object? value, ExportKind kind, NumberFormatInfo numbers) => value switch
    {
        null => "",
        ExportNumber own => Cell(own.Value, own.Kind, numbers),
        decimal number => Math.Round(number, Decimals(kind), MidpointRounding.AwayFromZero).ToString(Format(kind), numbers),
        _ => FormulaGuard.ForCsv(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    // A percentage goes as its fraction with the screen's precision (33 % → 0,33): a number every spreadsheet reads.
    private static int Decimals(ExportKind kind) => kind switch
    {
        ExportKind.OneDecimal => 1,
        ExportKind.TwoDecimals or ExportKind.Percent => 2,
        _ => 0,
    };

    private static string Format(ExportKind kind) => Decimals(kind) switch
    {
        1 => "0.0",
        2 => "0.00",
        _ => "0",
    };

    private static string Quote(string cell, char separator) =>
        cell.IndexOfAny([separator, '"', '\r', '\n']) >= 0 || cell.StartsWith(' ') || cell.EndsWith(' ') ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
