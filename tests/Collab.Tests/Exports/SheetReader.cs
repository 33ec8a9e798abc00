using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Collab.Tests.Exports;

/// <summary>One cell as an independent reader saw it: "number", "text", "formula" or "empty".</summary>
public sealed record SheetCell(string Type, string? Text, double? Number);

/// <summary>
/// Reads an export with Debian's Python readers (csv, openpyxl, odfpy: tests/readers/read_sheet.py), which share no code
/// with the product's writers.
/// </summary>
public sealed record SheetReader(IReadOnlyList<IReadOnlyList<SheetCell>> Rows, JsonElement Raw)
{
    public static async Task<SheetReader> Read(byte[] file, string format)
    {
        var path = Path.Combine(Path.GetTempPath(), $"collab-export-{Guid.NewGuid():N}.{format}");
        await File.WriteAllBytesAsync(path, file);
        try
        {
            var start = new ProcessStartInfo("/usr/bin/python3", [Script, path, format]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var python = Process.Start(start)!;
            var output = python.StandardOutput.ReadToEndAsync();
            var error = python.StandardError.ReadToEndAsync();
            await python.WaitForExitAsync();
            Assert.True(python.ExitCode == 0, $"The {format} reader failed: {await error}");
            var json = JsonDocument.Parse(await output).RootElement.Clone();
            var rows = json.GetProperty("rows").EnumerateArray().Select(r => (IReadOnlyList<SheetCell>)[.. r.EnumerateArray().Select(Cell)]).ToList();
            return new SheetReader(rows, json);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The rows below the column header row whose first cell is <paramref name="firstHeader"/>.</summary>
    public IReadOnlyList<IReadOnlyList<SheetCell>> Body(string firstHeader)
    {
        var header = Rows.ToList().FindIndex(r => r.Count > 0 && r[0].Text == firstHeader);
        Assert.True(header >= 0, $"No header row starting with '{firstHeader}'.");
        return [.. Rows.Skip(header + 1).Where(r => r.Any(c => c.Type != "empty"))];
    }

    public IReadOnlyList<SheetCell> Header(string firstHeader) => Rows.First(r => r.Count > 0 && r[0].Text == firstHeader);

    private static SheetCell Cell(JsonElement c) => c.GetProperty("type").GetString() switch
    {
        "number" => new SheetCell("number", null, c.GetProperty("value").GetDouble()),
        "empty" => new SheetCell("empty", null, null),
        var type => new SheetCell(type!, c.GetProperty("value").GetString(), null),
    };

    /// <summary>A CSV cell holds text; read as a number the way a Dutch (or English) spreadsheet would.</summary>
    public static double CsvNumber(string text, CultureInfo culture) => double.Parse(text, NumberStyles.Number, culture);

    private static string Script { get; } = FindScript();

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "readers", "read_sheet.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/readers/read_sheet.py not found above the test's folder.");
    }
}
