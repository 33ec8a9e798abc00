using System.Collections.Immutable;

namespace Collab.Dashboard.Import;

/// <summary>Where each known column is in the file, found by name without case; or why the header cannot be used.</summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<string, int> indexes;

    private ColumnMap(Dictionary<string, int> indexes, ImmutableArray<int> nameless)
    {
        this.indexes = indexes;
        Nameless = nameless;
    }

    /// <summary>Columns whose header cell is empty, as spreadsheets write after a trailing separator: their cells must be empty too.</summary>
    public ImmutableArray<int> Nameless { get; }

    /// <summary>The column's index in the file, or -1 when the file leaves the (optional) column out.</summary>
    public int IndexOf(string column) => indexes.GetValueOrDefault(column, -1);

    public static ColumnMap? Create(IReadOnlyList<string> headers, ActivityMap map, char separator, List<string> errors)
    {
        var known = map.Required.Concat(map.Optional).ToDictionary(c => c, c => c, StringComparer.OrdinalIgnoreCase);
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var nameless = ImmutableArray.CreateBuilder<int>();
        var unknown = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            var name = headers[i].Trim();
            if (name.Length == 0)
            {
                nameless.Add(i);
            }
            else if (!known.TryGetValue(name, out var column))
            {
                unknown.Add(name);
            }
            else if (!indexes.TryAdd(column, i))
            {
                errors.Add($"The column '{column}' appears more than once.");
            }
        }

        if (unknown.Count > 0)
        {
            errors.Add($"Unknown column{(unknown.Count == 1 ? "" : "s")} {Names(unknown)}. Check the names against the template, "
                + $"and use ';' or ',' as the separator (this file was read with '{separator}').");
        }

        var missing = map.Required.Where(c => !indexes.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            errors.Add($"Missing required column{(missing.Count == 1 ? "" : "s")} {Names(missing)}.");
        }

        return errors.Count == 0 ? new ColumnMap(indexes, nameless.ToImmutable()) : null;
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(CellFormats.Quote));
}
