using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Collab.Dashboard.Exports;

/// <summary>
/// A minimal OpenDocument spreadsheet, written here because no maintained .NET ODS writer exists: the <c>mimetype</c> entry
/// first and uncompressed, a manifest, and <c>content.xml</c> with numbers as float, percentage or currency cells in the
/// screen's formats, text as string cells (never a formula).
/// </summary>
public static class OdsExportWriter
{
    public const string MediaType = "application/vnd.oasis.opendocument.spreadsheet";

    private const string Manifest =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
         <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """;

    public static byte[] Write(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            // ODF 1.3 part 2, 3.3: the first entry is "mimetype", stored, so a reader can tell the type from the first bytes.
            Entry(zip, "mimetype", CompressionLevel.NoCompression, Encoding.ASCII.GetBytes(MediaType));
            Entry(zip, "META-INF/manifest.xml", CompressionLevel.Optimal, Encoding.UTF8.GetBytes(Manifest));
            Entry(zip, "content.xml", CompressionLevel.Optimal, OdsContent.Write(table));
        }

        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, CompressionLevel level, byte[] bytes)
    {
        using var entry = zip.CreateEntry(name, level).Open();
        entry.Write(bytes);
    }
}

/// <summary>content.xml of <see cref="OdsExportWriter"/>: one table, with a data style per screen format.</summary>
internal static class OdsContent
{
    private const string Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private const string Number = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    private const string Fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    public static byte[] Write(ExportTable table)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("office", "document-content", Office);
            foreach (var (prefix, ns) in new[] { ("table", Table), ("text", Text), ("style", Style), ("number", Number), ("fo", Fo) })
            {
                xml.WriteAttributeString("xmlns", prefix, null, ns);
            }

            xml.WriteAttributeString("version", Office, "1.3");
            WriteStyles(xml);
            xml.WriteStartElement("body", Office);
            xml.WriteStartElement("spreadsheet", Office);
            xml.WriteStartElement("table", Table);
            xml.WriteAttributeString("name", Table, table.Title);
            foreach (var line in table.Header)
            {
                Row(xml, [TextCell(line.Label, bold: true), TextCell(line.Value)]);
            }

            Row(xml, []);
            Row(xml, [.. table.Columns.Select(c => TextCell(c.Header, bold: true))]);
            foreach (var row in table.Rows)
            {
                Row(xml, [.. row.Select((value, i) => value switch
                {
                    decimal number => NumberCell(number, table.Columns[i].Kind, table.Culture),
                    ExportNumber own => NumberCell(own.Value, own.Kind, table.Culture),
                    null => TextCell(null),
                    _ => TextCell(value.ToString()),
                })]);
            }

            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteStyles(XmlWriter xml)
    {
        xml.WriteStartElement("automatic-styles", Office);
        DataStyle(xml, "number-style", "N0", decimals: 0);
        DataStyle(xml, "number-style", "N1", decimals: 1);
        DataStyle(xml, "number-style", "N2", decimals: 2);
        DataStyle(xml, "percentage-style", "P0", decimals: 0, after: "%");
        DataStyle(xml, "currency-style", "EUR", decimals: 0, before: "€ ");
        foreach (var (name, data) in new[] { ("ceN0", "N0"), ("ceN1", "N1"), ("ceN2", "N2"), ("ceP0", "P0"), ("ceEUR", "EUR") })
        {
            xml.WriteStartElement("style", Style);
            xml.WriteAttributeString("name", Style, name);
            xml.WriteAttributeString("family", Style, "table-cell");
            xml.WriteAttributeString("data-style-name", Style, data);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("style", Style);
        xml.WriteAttributeString("name", Style, "ceBold");
        xml.WriteAttributeString("family", Style, "table-cell");
        xml.WriteStartElement("text-properties", Style);
        xml.WriteAttributeString("font-weight", Fo, "bold");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void DataStyle(XmlWriter xml, string kind, string name, int decimals, string? before = null, string? after = null)
    {
        xml.WriteStartElement(kind, Number);
        xml.WriteAttributeString("name", Style, name);
        if (before is not null)
        {
            xml.WriteElementString("text", Number, before);
        }

        xml.WriteStartElement("number", Number);
        xml.WriteAttributeString("decimal-places", Number, decimals.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("min-decimal-places", Number, decimals.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("min-integer-digits", Number, "1");
        xml.WriteAttributeString("grouping", Number, "true");
        xml.WriteEndElement();
        if (after is not null)
        {
            xml.WriteElementString("text", Number, after);
        }

        xml.WriteEndElement();
    }

    private static void Row(XmlWriter xml, Action<XmlWriter>[] cells)
    {
        xml.WriteStartElement("table-row", Table);
        foreach (var cell in cells)
        {
            cell(xml);
        }

        if (cells.Length == 0)
        {
            xml.WriteStartElement("table-cell", Table);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static Action<XmlWriter> TextCell(string? text, bool bold = false) => xml =>
    {
        xml.WriteStartElement("table-cell", Table);
        if (bold)
        {
            xml.WriteAttributeString("style-name", Table, "ceBold");
        }

        if (text is not null)
        {
            // A string cell: a spreadsheet shows "=HYPERLINK(...)" as the text it is, never as a formula.
            xml.WriteAttributeString("value-type", Office, "string");
            xml.WriteElementString("p", Text, XmlSafe(text));
        }

        xml.WriteEndElement();
    };

    private static Action<XmlWriter> NumberCell(decimal value, ExportKind kind, CultureInfo culture) => xml =>
    {
        var (type, style, shown) = kind switch
        {
            ExportKind.Percent => ("percentage", "ceP0", value.ToString("P0", culture)),
            ExportKind.Euros => ("currency", "ceEUR", "€ " + value.ToString("N0", culture)),
            ExportKind.OneDecimal => ("float", "ceN1", value.ToString("N1", culture)),
            ExportKind.TwoDecimals => ("float", "ceN2", value.ToString("N2", culture)),
            _ => ("float", "ceN0", value.ToString("N0", culture)),
        };
        xml.WriteStartElement("table-cell", Table);
        xml.WriteAttributeString("style-name", Table, style);
        xml.WriteAttributeString("value-type", Office, type);
        if (type == "currency")
        {
            xml.WriteAttributeString("currency", Office, "EUR");
        }

        xml.WriteAttributeString("value", Office, value.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("p", Text, shown);
        xml.WriteEndElement();
    };

    // XML 1.0 cannot carry most control characters; they are dropped rather than failing the whole download.
    private static string XmlSafe(string text) => new([.. text.Where(c => c is '\t' or '\n' or '\r' || (c >= ' ' && XmlConvert.IsXmlChar(c)) || char.IsSurrogate(c))]);
}
