using System.Collections.Immutable;
using System.Globalization;
using Collab.Dashboard.Exports;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Import;

/// <summary>
/// An import's row errors as the page lists them (line, id, column, message), as a download: every error, also those
/// beyond the first ones the page shows, so the file can be fixed row by row in a spreadsheet.
/// </summary>
public static class ImportErrorSheet
{
    /// <summary>The form's label for the column; "id" and the whole row have their own words.</summary>
    public static string FieldLabel(string field, IStringLocalizer<PagesText> pages, IStringLocalizer<SharedResource> shared) => field switch
    {
        "id" => pages["ImportFieldId"],
        RowError.WholeRow => pages["ImportFieldRow"],
        _ => ImportFieldLabels.KeyOf(field) is { } key ? shared[key] : string.Empty,
    };

    public static ExportTable Table(
        ImmutableArray<RowError> errors, string title, string filters, DateTimeOffset now, string source, CultureInfo culture,
        IStringLocalizer<PagesText> pages, IStringLocalizer<SharedResource> shared, IStringLocalizer<ExportText> text) =>
        PlainHeader.Table(title, "importfouten", filters, now, source, culture, text,
            [new(shared["ImportLine"], ExportKind.Whole), new("Id", ExportKind.Text), new(shared["ImportField"], ExportKind.Text), new(shared["ImportMessage"], ExportKind.Text)],
            errors.Select(e => new object?[] { (decimal)e.Line, e.Id, $"{FieldLabel(e.Field, pages, shared)} {e.Field}".Trim(), ImportMessages.Localize(e, pages, shared) }));
}
