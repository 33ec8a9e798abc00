using System.Collections.Immutable;
using System.Text;
using CsvHelper;

namespace Collab.Dashboard.Import;

/// <summary>
/// The cells of the current row by column name, converted to the types of a record. A cell that does not convert
/// adds an error on its column and gives a default value; the record is then not used.
/// </summary>
internal sealed class RowCells(CsvReader reader, ColumnMap columns)
{
    private readonly Dictionary<string, string?> texts = new(StringComparer.OrdinalIgnoreCase);

    public List<(string Field, string Code, string Message)> Errors { get; } = [];

    /// <summary>True when every cell is empty, as in a row of separators only; such a row counts as a blank line.</summary>
    public bool IsBlank()
    {
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (!reader[i].Span.Trim(" \t"u8).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text of a cell, or null when it is empty, left out or too long.</summary>
    public string? Text(string column)
    {
        if (!texts.TryGetValue(column, out var text))
        {
            text = Read(column);
            texts[column] = text;
        }

        return text;
    }

    public int Int(string column, int? whenEmpty = null) =>
        Convert<int>(column, whenEmpty, "A whole number is required.", "not-whole-number", CellFormats.TryInt);

    public int? OptionalInt(string column) => Text(column) is null ? null : Int(column);

    public decimal Decimal(string column) =>
        Convert<decimal>(column, null, "A number is required.", "not-a-number", CellFormats.TryDecimal);

    public decimal? OptionalDecimal(string column) => Text(column) is null ? null : Decimal(column);

    public DateOnly Date(string column) => Convert<DateOnly>(column, null, "A date is required.", "not-a-date", CellFormats.TryDate);

    public TEnum Enum<TEnum>(string column) where TEnum : struct, Enum =>
        Convert<TEnum>(column, null, $"A value is required: one of {string.Join(", ", EnumNames<TEnum>.Names)}.", "not-a-choice", CellFormats.TryEnum);

    public TEnum? OptionalEnum<TEnum>(string column) where TEnum : struct, Enum => Text(column) is null ? null : Enum<TEnum>(column);

    /// <summary>The items of a list cell, separated by '|'; an empty cell is an empty list.</summary>
    public ImmutableArray<string> List(string column) =>
        [.. (Text(column) ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    public ImmutableArray<TEnum> EnumList<TEnum>(string column) where TEnum : struct, Enum
    {
        var values = ImmutableArray.CreateBuilder<TEnum>();
        foreach (var item in List(column))
        {
            if (CellFormats.TryEnum(item, out TEnum value, out var error))
            {
                values.Add(value);
            }
            else
            {
                Errors.Add((column, "not-a-choice", error!));
            }
        }

        return values.ToImmutable();
    }

    /// <summary>Errors for text in the columns without a header name: the file would otherwise drop it unseen.</summary>
    public void CheckNameless()
    {
        foreach (var index in columns.Nameless)
        {
            if (index < reader.FieldCount && !reader[index].Span.Trim(" \t"u8).IsEmpty)
            {
                Errors.Add((RowError.WholeRow, "nameless-column", $"Column {index + 1} has no name in the header but has a value in this row."));
            }
        }
    }

    private delegate bool Parser<T>(string text, out T value, out string? error);

    private T Convert<T>(string column, T? whenEmpty, string required, string code, Parser<T> parse) where T : struct
    {
        var text = Text(column);
        if (text is null)
        {
            // A cell too long was reported when it was read; do not add that it is missing.
            if (whenEmpty is null && !Errors.Any(e => e.Field == column))
            {
                Errors.Add((column, "required", required));
            }

            return whenEmpty ?? default;
        }

        if (parse(text.Trim(), out var value, out var error))
        {
            return value;
        }

        Errors.Add((column, code, error!));
        return default;
    }

    private string? Read(string column)
    {
        var index = columns.IndexOf(column);
        if (index < 0 || index >= reader.FieldCount)
        {
            return null;
        }

        // Bytes first: a cell of at most MaxCellLength bytes has at most as many characters, and a longer one is never made a string.
        var span = reader.GetSpan(index);
        if (span.Length > CsvImportReader.MaxCellLength && Encoding.UTF8.GetCharCount(span) is var length and > CsvImportReader.MaxCellLength)
        {
            Errors.Add((column, "cell-too-long", $"The cell has {length} characters; at most {CsvImportReader.MaxCellLength} are allowed."));
            return null;
        }

        var text = reader.GetString(index);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
