using System.Collections.Immutable;
using System.Globalization;

namespace Collab.Dashboard.Exports;

/// <summary>How a column's values read: the screen's format, kept as a number format in XLSX and ODS.</summary>
public enum ExportKind
{
    Text,
    Whole,
    OneDecimal,
    TwoDecimals,
    Percent,
    Euros,
}

public sealed record ExportColumn(string Header, ExportKind Kind);

/// <summary>A number whose format is its row's rather than its column's (a targets table mixes counts, days and euros).</summary>
public sealed record ExportNumber(decimal Value, ExportKind Kind);

/// <summary>One line of the header block above the table, e.g. ("Periode", "jan 2026 – dec 2026").</summary>
public sealed record ExportHeaderLine(string Label, string Value);

/// <summary>
/// A table exactly as a page (or the API) shows it: a header block (title, period, filters, when, which version of the
/// figures, where from), then the columns and rows in the screen's order. Cells are text (string), numbers (decimal, or <see cref="ExportNumber"/>) or empty (null).
/// </summary>
/// <param name="FileName">The download's name without extension, e.g. "vergelijking-2026-01-2026-12".</param>
public sealed record ExportTable(
    string Title,
    string FileName,
    ImmutableArray<ExportHeaderLine> Header,
    ImmutableArray<ExportColumn> Columns,
    ImmutableArray<ImmutableArray<object?>> Rows,
    CultureInfo Culture);
