using System.Globalization;
using System.Text;
using Collab.Dashboard.Exports;

namespace Collab.Tests.Exports;

/// <summary>The three writers read back by independent readers: numbers as numbers, text as text, formulas never.</summary>
public sealed class ExportWriterTests
{
    private static readonly string[] Risky = ["=HYPERLINK(\"http://example.invalid\",\"klik\")", "+31 70 123", "-2+3", "@SUM(A1)", "\tTab", "\rReturn"];

    private static ExportTable Table(string culture) => new(
        "Proef",
        "proef",
        [new("Titel", "Proef"), new("Periode", "jan 2026 – dec 2026")],
        [new("Lid", ExportKind.Text), new("Sessies", ExportKind.Whole), new("Dagen", ExportKind.OneDecimal), new("Per fte", ExportKind.TwoDecimals), new("Aandeel", ExportKind.Percent), new("Besparing", ExportKind.Euros)],
        [
            [.. new object?[] { "OCW", 1234m, 2.5m, 0.75m, 0.3333m, 125000m }],
            [.. new object?[] { "EZK; \"samen\"", 0m, null, 1.5m, 1m, new ExportNumber(7.25m, ExportKind.TwoDecimals) }],
            .. Risky.Select(r => System.Collections.Immutable.ImmutableArray.Create<object?>(r, 1m, 1m, 1m, 1m, 1m)),
        ],
        new CultureInfo(culture));

    [Theory]
    [InlineData("nl-NL", ";", "1234", "2,5", "0,75", "0,33")]
    [InlineData("en-GB", ",", "1234", "2.5", "0.75", "0.33")]
    public async Task Csv_is_UTF8_with_BOM_with_the_language_s_separator_and_decimal_mark(string culture, string separator, string whole, string days, string perFte, string share)
    {
        var bytes = CsvExportWriter.Write(Table(culture));
        var sheet = await SheetReader.Read(bytes, "csv");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.True(sheet.Raw.GetProperty("bom").GetBoolean());
        Assert.Equal(separator, sheet.Raw.GetProperty("separator").GetString());
        var body = sheet.Body("Lid");
        Assert.Equal(2 + Risky.Length, body.Count);
        Assert.Equal(["OCW", whole, days, perFte, share, "125000"], body[0].Select(c => c.Text));
        Assert.Equal("EZK; \"samen\"", body[1][0].Text);
        Assert.Equal("empty", body[1][2].Type);
        Assert.Equal("7" + (separator == ";" ? "," : ".") + "25", body[1][5].Text);
        // A risky text comes back with a leading apostrophe: a spreadsheet shows it as text, never runs it.
        Assert.Equal(Risky.Select(r => "'" + r), body.Skip(2).Select(r => r[0].Text));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("ods")]
    public async Task Spreadsheets_carry_numbers_as_numbers_and_risky_text_as_text(string format)
    {
        var table = Table("nl-NL");
        var bytes = format == "xlsx" ? await XlsxExportWriter.Write(table, TestContext.Current.CancellationToken) : OdsExportWriter.Write(table);
        var sheet = await SheetReader.Read(bytes, format);

        Assert.Equal(["Titel", "Proef"], sheet.Rows[0].Take(2).Select(c => c.Text));
        var body = sheet.Body("Lid");
        Assert.Equal(2 + Risky.Length, body.Count);
        Assert.Equal("OCW", body[0][0].Text);
        Assert.Equal([1234d, 2.5d, 0.75d, 0.3333d, 125000d], body[0].Skip(1).Select(c => c.Number!.Value));
        Assert.All(body[0].Skip(1), c => Assert.Equal("number", c.Type));
        Assert.Equal(7.25d, body[1][5].Number);
        Assert.All(body.Skip(2).Select((r, i) => (r[0], Risky[i])), pair =>
        {
            Assert.Equal("text", pair.Item1.Type);
            // XML keeps a tab; a lone carriage return is normalised to a line break by every XML reader.
            Assert.Equal(pair.Item2.Replace('\r', '\n').TrimStart('\n'), pair.Item1.Text!.Replace('\r', '\n').TrimStart('\n'));
        });
        if (format == "ods")
        {
            Assert.True(sheet.Raw.GetProperty("mimetypeFirstStored").GetBoolean());
            Assert.Equal("application/vnd.oasis.opendocument.spreadsheet", Encoding.ASCII.GetString(bytes, 38, 46));
        }
        else
        {
            var formats = body[0].Skip(1).Select((_, i) => sheet.Raw.GetProperty("rows")[sheet.Rows.Count - body.Count + 0][i + 1].GetProperty("format").GetString());
            Assert.Equal(["#,##0", "#,##0.0", "#,##0.00", "0%", "\"€\" #,##0"], formats);
        }
    }
}
