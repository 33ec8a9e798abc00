using System.Collections.Immutable;
using System.Globalization;
using Collab.Dashboard.Exports;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Audit;

/// <summary>
/// The audit trail as a download: the page's columns as the page shows them (time in Dutch time, actor, action, object,
/// result, origin), then each line's id and its instant in UTC for whoever reads the file by machine.
/// </summary>
public sealed record AuditSheet(string Title, string FileName, ImmutableArray<ExportHeaderLine> Header, ImmutableArray<ExportColumn> Columns, CultureInfo Culture)
{
    public static AuditSheet For(AuditLinks links, DateTimeOffset now, string source, CultureInfo culture, IStringLocalizer<AuditText> a, IStringLocalizer<ExportText> x)
    {
        var title = a["Title"].Value;
        ImmutableArray<ExportColumn> columns =
        [
            new(a["At"], ExportKind.Text), new(a["Actor"], ExportKind.Text), new(a["Action"], ExportKind.Text), new(a["Object"], ExportKind.Text),
            new(a["Result"], ExportKind.Text), new(a["Origin"], ExportKind.Text), new(a["IdColumn"], ExportKind.Whole), new(a["AtUtcColumn"], ExportKind.Text),
        ];
        return new(title, $"auditspoor-{now:yyyy-MM-dd}", PlainHeader.For(title, Filters(links, a), now, source, culture, x), columns, culture);
    }

    /// <summary>One line as the page's row shows it, then its id and UTC instant.</summary>
    public object?[] Row(AuditEntry line) =>
    [
        AuditFilterQuery.InZone(line.At).ToString("G", Culture), line.Actor, line.Action, line.Object, Result(line.Result), line.Origin,
        (decimal)line.Id, line.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
    ];

    public ExportTable ToTable(IEnumerable<AuditEntry> lines) =>
        new(Title, FileName, Header, Columns, [.. lines.Select(l => Row(l).ToImmutableArray())], Culture);

    // A status code goes as a number, as a spreadsheet filters it; an import's "200 stored=…" stays text.
    private static object Result(string result) =>
        result.Length is > 0 and < 10 && result.All(char.IsAsciiDigit) ? decimal.Parse(result, CultureInfo.InvariantCulture) : result;

    private static string Filters(AuditLinks links, IStringLocalizer<AuditText> a) => string.Join(" · ",
        new[] { (a["Actor"].Value, links.Actor), (a["Action"].Value, links.Action), (a["Object"].Value, links.Object), (a["Result"].Value, links.Result), (a["From"].Value, links.From), (a["To"].Value, links.To) }
            .Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => $"{f.Item1}: {f.Item2!.Trim()}"));
}
