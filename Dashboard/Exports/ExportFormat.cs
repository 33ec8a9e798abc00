using Microsoft.Net.Http.Headers;

namespace Collab.Dashboard.Exports;

public enum ExportFormat
{
    Csv,
    Xlsx,
    Ods,
}

/// <summary>The three download formats: their media types, extensions, and how a request asks for one.</summary>
public static class ExportFormats
{
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Ods = "application/vnd.oasis.opendocument.spreadsheet";

    public static readonly IReadOnlyList<ExportFormat> All = [ExportFormat.Csv, ExportFormat.Xlsx, ExportFormat.Ods];

    public static string MediaType(this ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => Xlsx,
        ExportFormat.Ods => Ods,
        _ => Csv + "; charset=utf-8",
    };

    public static string Extension(this ExportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>What a download's <c>?format=</c> asks for, CSV when it asks nothing; false when it names none of the three.</summary>
    public static bool TryRead(string? asked, out ExportFormat format)
    {
        format = Parse(asked) ?? ExportFormat.Csv;
        return string.IsNullOrEmpty(asked) || Parse(asked) is not null;
    }

    /// <summary>The 400 for a <c>format</c> that names none of the three, naming the field.</summary>
    public static IResult Unknown() =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["'format' is csv, xlsx or ods."] });

    public static ExportFormat? Parse(string? name) => name?.ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "xlsx" => ExportFormat.Xlsx,
        "ods" => ExportFormat.Ods,
        _ => null,
    };

    /// <summary>
    /// What the request asks for: <c>?format=</c> first, else an Accept header naming one of the three media types
    /// (JSON stays the answer to anything else). <paramref name="invalid"/> is true for a format parameter that names none.
    /// </summary>
    public static ExportFormat? Requested(HttpRequest request, out bool invalid)
    {
        invalid = false;
        if (request.Query.TryGetValue("format", out var asked) && !string.IsNullOrEmpty(asked))
        {
            var format = Parse(asked.ToString());
            invalid = format is null && !string.Equals(asked, "json", StringComparison.OrdinalIgnoreCase);
            return format;
        }

        var accepted = request.GetTypedHeaders().Accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1).ToList();
        foreach (var media in accepted)
        {
            var type = media.MediaType.Value ?? "";
            if (string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*")
            {
                return null;
            }

            foreach (var format in All.Where(f => f.MediaType().StartsWith(type.ToString(), StringComparison.OrdinalIgnoreCase) && f.MediaType().Split(';')[0].Length == type.Length))
            {
                return format;
            }
        }

        return null;
    }
}
