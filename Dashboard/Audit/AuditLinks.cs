using System.Globalization;
using Collab.Dashboard.Exports;

namespace Collab.Dashboard.Audit;

/// <summary>
/// The /audit page's state as its query string says it (what the filter form sends), and every address built from it: the
/// page itself, the pages beside it and the export. One place, so a link never drops a filter.
/// </summary>
public sealed record AuditLinks(string? Actor, string? Action, string? Object, string? Result, string? From, string? To)
{
    public const string Page = DashboardUrls.AuditRoute;

    public static AuditLinks ForObject(string path) => new(null, null, path, null, null, null);

    public string Newest => Build(Page, null);

    public string Older(long before) => Build(Page, ("before", before));

    public string Newer(long after) => Build(Page, ("after", after));

    /// <summary>The export of the whole selection in one format: "/audit/export?object=…&amp;format=ods".</summary>
    public string ExportAs(ExportFormat format) => Build(AuditEndpoints.ExportPath, null, format.Extension());

    public bool IsEmpty => new[] { Actor, Action, Object, Result, From, To }.All(string.IsNullOrWhiteSpace);

    public bool TryRead(out AuditFilter filter) => AuditFilterQuery.TryRead(Actor, Action, Result, Object, From, To, out filter, out _);

    private string Build(string path, (string Name, long Id)? cursor, string? format = null)
    {
        var query = new (string Name, string? Value)[] { ("actor", Actor), ("action", Action), ("object", Object), ("result", Result), ("from", From), ("to", To) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => KeyValuePair.Create(p.Name, p.Value));
        if (cursor is { } c)
        {
            query = query.Append(KeyValuePair.Create(c.Name, (string?)c.Id.ToString(CultureInfo.InvariantCulture)));
        }

        if (format is not null)
        {
            query = query.Append(KeyValuePair.Create("format", (string?)format));
        }

        return path + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
}
