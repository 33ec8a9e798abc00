using CsvHelper;

namespace Collab.Dashboard.Import;

/// <summary>
/// Opens the file with CsvHelper doing all tokenising. The separator is ';' when the header has one outside quotes,
/// else ','; CsvHelper's own detection is not used because it also considers '|', which separates list items here.
/// </summary>
internal static class CsvSource
{
    /// <summary>A reader positioned after the header, or null with the file errors added to <paramref name="errors"/>.</summary>
    public static CsvReader? Open(ReadOnlyMemory<byte> csv, List<CsvMalformedRecord> malformed, List<string> errors)
    {
        CsvReader? fallback = null;
        foreach (var separator in (ReadOnlySpan<char>)[';', ','])
        {
            malformed.Clear();
            var reader = CsvReader.Create(csv, Options(separator, malformed));
            reader.ReadHeader();
            // Any malformed record while reading the header is the header itself: CsvHelper would skip it and take the next line.
            var wellFormed = malformed.Count == 0;
            if (wellFormed && reader.Headers.Count > 1)
            {
                fallback?.Dispose();
                return reader;
            }

            if (wellFormed && fallback is null)
            {
                fallback = reader;
            }
            else
            {
                reader.Dispose();
            }
        }

        // One column either way: the column check names it, and says which separators to use.
        if (fallback is not null && fallback.Headers.Count > 0)
        {
            return fallback;
        }

        fallback?.Dispose();
        errors.Add(malformed.Count > 0
            ? $"The header (line 1) is not valid CSV: {Describe(malformed[0].Reason)}"
            : "The file is empty: the first line names the columns, the lines after it hold the rows.");
        return null;
    }

    public static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote inside a cell that does not start with one; put the cell in quotes and write a quote inside it as \"\".",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a cell; put the whole cell in quotes and write a quote inside it as \"\".",
        CsvMalformedReason.UnterminatedQuote => "a quote opens a cell that is never closed.",
        CsvMalformedReason.FieldCountMismatch => "the row has a different number of cells than the header.",
        _ => $"the quoting is broken ({reason}).",
    };

    private static CsvReaderOptions Options(char separator, List<CsvMalformedRecord> malformed) => new()
    {
        Separator = separator,
        HasHeader = true,
        DetectSeparatorHint = false,
        AllowLineBreaksInQuotes = true,
        SkipEmptyLines = true,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        // Skipped and reported: the row becomes a row error, and the rows after it are still read.
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
        OnMalformedRecord = malformed.Add,
    };
}
