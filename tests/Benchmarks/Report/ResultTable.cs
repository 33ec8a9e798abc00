using System.Globalization;
using System.Text;

namespace Collab.Benchmarks.Report;

/// <summary>The one table a run prints, and writes as Markdown with the date and the machine.</summary>
public sealed class ResultTable
{
    private readonly List<Measurement> rows = [];
    private readonly List<string> notes = [];

    public void Add(Measurement row)
    {
        rows.Add(row);
        Console.WriteLine($"  {row.Area} | {row.What}: {row.Value} (baseline {row.Baseline}, ratio {row.Ratio}, goal {row.Goal})");
    }

    /// <summary>Runs one benchmark; when it fails, the table says so in its row and the other benchmarks still run.</summary>
    public async Task Attempt(string area, Func<Task> run)
    {
        try
        {
            await run();
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine(ex);
            Add(new Measurement(area, "failed", ex.GetType().Name, "–", "–", "–", false));
            Note($"{area} failed: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>A line under the table: drill counts and what a figure means.</summary>
    public void Note(string note)
    {
        notes.Add(note);
        Console.WriteLine($"  note: {note}");
    }

    public string ToMarkdown(MachineInfo machine, DateTimeOffset at, string command)
    {
        var md = new StringBuilder();
        md.AppendLine("# Benchmarks").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Run {at:yyyy-MM-dd HH:mm} UTC with `{command}` on {machine.Processors} cores, {machine.MemoryGiB} GiB memory, {machine.Os}, {machine.Runtime}.");
        md.AppendLine("Every figure sits beside a baseline measured in the same run on the same machine; the ratio is what to compare between runs.").AppendLine();
        md.AppendLine("| Area | What | Value | Baseline | Ratio | Goal | Met |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var met = r.Met switch { true => "yes", false => "**no**", null => "–" };
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Area} | {r.What} | {r.Value} | {r.Baseline} | {r.Ratio} | {r.Goal} | {met} |");
        }

        if (notes.Count > 0)
        {
            md.AppendLine().AppendLine("## Notes").AppendLine();
            foreach (var note in notes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            }
        }

        return md.ToString();
    }

    public void Print()
    {
        Console.WriteLine();
        Console.WriteLine($"{"Area",-14} {"What",-52} {"Value",-18} {"Baseline",-18} {"Ratio",-8} {"Goal",-16} Met");
        foreach (var r in rows)
        {
            Console.WriteLine($"{r.Area,-14} {r.What,-52} {r.Value,-18} {r.Baseline,-18} {r.Ratio,-8} {r.Goal,-16} {r.Met switch { true => "yes", false => "NO", null => "-" }}");
        }
    }
}
