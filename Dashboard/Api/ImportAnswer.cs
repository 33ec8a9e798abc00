using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Collab.Dashboard.Import;

namespace Collab.Dashboard.Api;

/// <summary>
/// The answer to an import: <c>storable</c> (a dry run that found no error, with its counts) or <c>stored</c> (what was
/// stored, already there, or rejected). Fields of the other answer are left out.
/// </summary>
public sealed record ImportAnswer(
    string Status,
    string Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImportCounts? Counts = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Rows = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Stored = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Duplicates = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? DuplicatesInFile = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ImmutableArray<RowError>? Rejected = null)
{
    public static ImportAnswer Storable(string kind, ImportCounts counts) => new("storable", kind, Counts: counts);

    public static ImportAnswer Of(string kind, ImportReport report) =>
        new("stored", kind, Rows: report.Rows, Stored: report.Stored, Duplicates: report.Duplicates, DuplicatesInFile: report.DuplicatesInFile, Rejected: report.Rejected);
}
