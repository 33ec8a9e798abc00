using System.Collections.Immutable;
using System.Globalization;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Exports;

/// <summary>
/// The header block of a table that has no period and no figures' version (the manage lists, the audit trail, an import's
/// row errors): title, filters, when it was made, where from, in the same words as every other export's.
/// </summary>
public static class PlainHeader
{
    public static ImmutableArray<ExportHeaderLine> For(
        string title, string filters, DateTimeOffset generatedAt, string source, CultureInfo culture, IStringLocalizer<ExportText> text) =>
    [
        new(text["HeaderTitle"], title),
        ExportHeader.Filters(filters, text),
        ExportHeader.Generated(generatedAt, culture, text),
        new(text["HeaderSource"], source),
    ];

    /// <summary>A table with this header; the file is named by what it is and the day it was made: "beheer-leden-2026-11-30".</summary>
    public static ExportTable Table(
        string title, string name, string filters, DateTimeOffset generatedAt, string source, CultureInfo culture, IStringLocalizer<ExportText> text,
        IEnumerable<ExportColumn> columns, IEnumerable<IEnumerable<object?>> rows) =>
        new(title, $"{name}-{generatedAt:yyyy-MM-dd}", For(title, filters, generatedAt, source, culture, text),
            [.. columns], [.. rows.Select(r => r.ToImmutableArray())], culture);
}
