using System.Collections.Immutable;

namespace Collab.Dashboard.Import;

/// <summary>
/// What reading a CSV file found. When <see cref="FileErrors"/> is not empty the file could not be read as a whole and the rest is empty.
/// <see cref="Rows"/> holds the valid rows only, each once; the invalid ones are in <see cref="RowErrors"/>, ordered by line.
/// </summary>
public sealed record ImportPreview(
    ImportKind Kind,
    ImmutableArray<ImportRow> Rows,
    ImmutableArray<RowError> RowErrors,
    ImmutableArray<string> FileErrors,
    ImportCounts Counts)
{
    /// <summary>True when every row can be stored: nothing is wrong and there is something to store.</summary>
    public bool IsStorable => FileErrors.IsEmpty && RowErrors.IsEmpty && !Rows.IsEmpty;

    public static ImportPreview Failed(ImportKind kind, params ImmutableArray<string> fileErrors) =>
        new(kind, [], [], fileErrors, ImportCounts.None);
}
