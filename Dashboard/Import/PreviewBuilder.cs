using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Registrations;

namespace Collab.Dashboard.Import;

/// <summary>Turns rows into valid registrations or row errors, and keeps the counts and the ids seen in the file.</summary>
internal sealed class PreviewBuilder(ImportKind kind, ActivityMap map, IKnownIds known, DateOnly today, Func<IActivity, FieldError?> refusal)
{
    private readonly ImmutableArray<ImportRow>.Builder rows = ImmutableArray.CreateBuilder<ImportRow>();
    private readonly List<RowError> errors = [];
    private readonly Dictionary<string, (int Line, string Content)> seen = new(StringComparer.Ordinal);
    private int invalid;
    private int duplicates;

    public int Count => rows.Count + invalid + duplicates;

    public void Add(int line, RowCells cells)
    {
        var activity = map.Map(cells);
        cells.CheckNameless();
        var id = cells.Text("id");
        if (CsvTemplate.IsExample(id))
        {
            Invalid([new RowError(line, id, "id", $"This is the template's example row (its id starts with {CsvTemplate.ExamplePrefix}): replace it with your own rows or delete it.", "example-row")]);
            return;
        }

        if (cells.Errors.Count > 0)
        {
            Invalid([.. cells.Errors.Select(e => new RowError(line, id, e.Field, e.Message, e.Code))]);
            return;
        }

        var rowErrors = new List<RowError>();
        if (activity.Id.Length > 0)
        {
            // Compared as JSON, as the ledger does: records compare their ImmutableArrays by reference, not by content.
            var content = ActivityContent.Of(activity);
            if (!seen.TryAdd(activity.Id, (line, content)))
            {
                var first = seen[activity.Id];
                if (first.Content == content)
                {
                    duplicates++;
                    return;
                }

                rowErrors.Add(new RowError(line, id, "id", $"The id {CellFormats.Quote(activity.Id)} is used on line {first.Line} for different content.", "duplicate-id"));
            }
        }

        var fieldErrors = map.Validate(activity, known, today);
        rowErrors.AddRange(fieldErrors.Select(e => RowError.Of(line, id, e)));
        if (!fieldErrors.Any(e => e.Field == map.OwnerField) && refusal(activity) is { } refused)
        {
            rowErrors.Add(RowError.Of(line, id, refused));
        }

        if (rowErrors.Count > 0)
        {
            Invalid(rowErrors);
            return;
        }

        map.Accepted(activity);
        rows.Add(new ImportRow(line, activity));
    }

    /// <summary>A row CsvHelper skipped because its quoting or number of cells is wrong.</summary>
    public void Malformed(int line, CsvHelper.CsvMalformedReason reason) =>
        Invalid([new RowError(line, null, RowError.WholeRow, "This row is not valid CSV: " + CsvSource.Describe(reason), "not-csv")]);

    public ImportPreview Build() => new(kind, rows.ToImmutable(), [.. errors.OrderBy(e => e.Line)], [],
        new ImportCounts(Count, rows.Count, invalid, duplicates));

    private void Invalid(List<RowError> rowErrors)
    {
        invalid++;
        errors.AddRange(rowErrors);
    }
}
