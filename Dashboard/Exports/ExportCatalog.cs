using Collab.Dashboard.Links;

namespace Collab.Dashboard.Exports;

/// <summary>Every table a page offers for download, by page and name: the address is /exporteren/{page}[/{id}]/{table}.</summary>
public static class ExportCatalog
{
    public const string Overview = "overzicht";
    public const string Comparison = "vergelijking";
    public const string Exchange = "uitwisseling";
    public const string Member = "leden";
    public const string Initiative = "initiatieven";
    public const string Report = "rapport";
    public const string OpenData = "open-data";

    private static readonly Dictionary<(string Page, string Table), Func<ExportSource, string, ExportTable?>> Tables = new()
    {
        [(Overview, "initiatieven")] = (s, _) => OverviewExports.Initiatives(s),
        [(Comparison, "tabel")] = (s, _) => ComparisonExports.Table(s),
        [(Comparison, "grafiek")] = (s, _) => ComparisonExports.Chart(s),
        [(Exchange, "matrix")] = (s, _) => ExchangeExports.Matrix(s),
        [(Exchange, "cel")] = (s, _) => ExchangeExports.Cell(s),
        [(Member, "partners")] = MemberExports.Partners,
        [(Member, "sessies")] = MemberExports.Sessions,
        [(Member, "contacten")] = MemberExports.Contacts,
        [(Initiative, "doelen")] = InitiativeExports.Targets,
        [(Initiative, "besparingen")] = InitiativeExports.Savings,
        [(Initiative, "sessies")] = InitiativeExports.Sessions,
        [(Report, "kerncijfers")] = (s, _) => ReportExports.KeyFigures(s),
        [(Report, "sessies")] = (s, _) => ReportExports.Sessions(s),
        [(Report, "doelen")] = (s, _) => ReportExports.Targets(s),
        [(Report, "top")] = (s, _) => ReportExports.Top(s),
        [(Report, "onderaan")] = (s, _) => ReportExports.Bottom(s),
        [(Report, "uitwisseling")] = (s, _) => ReportExports.Exchange(s),
        [(Report, "trajecten")] = (s, _) => ReportExports.Trajectories(s),
        [(Report, "nieuwe-leden")] = (s, _) => ReportExports.Joined(s),
        [(Report, "vertrokken-leden")] = (s, _) => ReportExports.Left(s),
    };

    static ExportCatalog()
    {
        foreach (var (indicator, table) in OverviewExports.TrendTables)
        {
            Tables[(Overview, table)] = (s, _) => OverviewExports.Trend(s, indicator);
        }
    }

    /// <summary>Which parts of a view the page keeps, so its download reads the address exactly as the page does.</summary>
    public static ViewSpec SpecOf(string page) => page switch
    {
        Comparison => ViewSpec.Comparison,
        Exchange => ViewSpec.Exchange,
        _ => ViewSpec.PeriodOnly,
    };

    /// <summary>The table, or null when the page has no such table or the id (or chosen cell) names nothing.</summary>
    public static ExportTable? Build(string page, string table, ExportSource source, string id = "") =>
        Tables.TryGetValue((page, table), out var build) ? build(source, id) : null;
}
