using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Registrations;
using CsvHelper;

namespace Collab.Dashboard.Import;

/// <summary>
/// Reads a CSV file of one activity kind into a preview: valid registrations, row errors, or file errors.
/// Bad input never throws; it becomes an error in the preview.
/// </summary>
public static class CsvImportReader
{
    public const int MaxRows = 50_000;
    public const int MaxCellLength = 4_000;

    /// <summary>
    /// The one limit on a CSV file, for the API, the page and this reader: <see cref="MaxRows"/> rows of a typical 160 bytes is 8 MB,
    /// held in memory while it is read. A larger upload is refused before it is parsed.
    /// </summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    /// <summary>Reads <paramref name="csv"/> to its end (at most <see cref="MaxBytes"/>) and then as <see cref="Read"/> does.</summary>
    public static async Task<ImportPreview> ReadAsync(ImportKind kind, Stream csv, IKnownIds known, DateOnly today,
        Func<IActivity, FieldError?> refusal, Func<string, ProcurementPhase>? currentPhase = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await csv.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return ImportPreview.Failed(kind, $"The file is larger than {MaxBytes / 1024 / 1024} MB; split it into smaller files.");
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(kind, new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), known, today, refusal, currentPhase);
    }

    /// <summary>
    /// Reads the UTF-8 bytes of a CSV file. <paramref name="refusal"/> says why the user may not make a row's registration (the desk's rights).
    /// <paramref name="currentPhase"/> gives a procurement trajectory's phase, to check that an update's phase may follow it;
    /// without it only the phase changes within the file are checked.
    /// </summary>
    public static ImportPreview Read(ImportKind kind, ReadOnlyMemory<byte> csv, IKnownIds known, DateOnly today,
        Func<IActivity, FieldError?> refusal, Func<string, ProcurementPhase>? currentPhase = null)
    {
        if (StrictUtf8.Problem(csv.Span) is { } notUtf8)
        {
            return ImportPreview.Failed(kind, notUtf8);
        }

        var map = ActivityMap.For(kind, currentPhase);
        var malformed = new List<CsvMalformedRecord>();
        var fileErrors = new List<string>();
        try
        {
            using var reader = CsvSource.Open(csv, malformed, fileErrors);
            var columns = reader is null ? null : ColumnMap.Create(reader.Headers, map, reader.Separator, fileErrors);
            if (reader is null || columns is null)
            {
                return ImportPreview.Failed(kind, [.. fileErrors]);
            }

            var preview = new PreviewBuilder(kind, map, known, today, refusal);
            while (fileErrors.Count == 0 && reader.Read())
            {
                TakeMalformed(preview, malformed, fileErrors);
                var cells = new RowCells(reader, columns);
                if (!cells.IsBlank())
                {
                    preview.Add((int)reader.LineNumber, cells);
                }

                TooMany(preview, fileErrors);
            }

            TakeMalformed(preview, malformed, fileErrors);
            TooMany(preview, fileErrors);
            return fileErrors.Count > 0 ? ImportPreview.Failed(kind, [.. fileErrors]) : preview.Build();
        }
        catch (CsvFormatException e)
        {
            return ImportPreview.Failed(kind, $"Line {e.LineNumber}: the file cannot be read as CSV ({e.Message}).");
        }
    }

    /// <summary>The rows CsvHelper skipped since the last one it returned; an unclosed quote has swallowed the rest of the file.</summary>
    private static void TakeMalformed(PreviewBuilder preview, List<CsvMalformedRecord> malformed, List<string> fileErrors)
    {
        foreach (var record in malformed)
        {
            if (record.Reason == CsvMalformedReason.UnterminatedQuote)
            {
                fileErrors.Add($"Line {record.LineNumber}: a quote opens a cell that is never closed, so the rest of the file cannot be read. "
                    + "Close the quote, or write a quote inside a cell as \"\".");
            }
            else
            {
                preview.Malformed((int)record.LineNumber, record.Reason);
            }
        }

        malformed.Clear();
    }

    private static void TooMany(PreviewBuilder preview, List<string> fileErrors)
    {
        if (preview.Count > MaxRows && fileErrors.Count == 0)
        {
            fileErrors.Add($"The file has more than {MaxRows} rows; split it into smaller files.");
        }
    }
}
