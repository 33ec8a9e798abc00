using System.Globalization;
using Collab.Dashboard.Api;
using Collab.Dashboard.Exports;
using Collab.Dashboard.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Audit;

/// <summary>The collaboration manager reads and filters the audit trail; there is deliberately no way to change it.</summary>
public static class AuditEndpoints
{
    public const string ExportPath = DashboardUrls.AuditRoute + "/export";

    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit-lines", ReadLines)
            .RequireAuthorization(ApiRoles.ManagePolicy)
            .WithSummary("The audit trail, newest first, a page at a time")
            .WithDescription("Every line of the trail, filtered: actor (a part of it, any case), action (any case), object (a prefix), "
                + "result (the whole result or its status: 200 also finds an import's \"200 stored=…\"), from and to (dates in Dutch time, "
                + "both included, or instants with an offset, 'to' excluded). A page holds at most 'take' lines (1–1,000, default 100); "
                + "each line has an 'id' that never changes. The next (older) page is 'before' the last id, the previous (newer) "
                + "page 'after' the first; the answer's Link header names both (rel=\"next\", rel=\"prev\") when they exist.");
        return api;
    }

    /// <summary>
    /// The export behind the /audit page (CSV streamed, XLSX or ODS by <c>format</c>): signed in through the page's cookie, like
    /// the page itself, for the collaboration manager only.
    /// </summary>
    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, Export).RequireAuthorization(ApiRoles.ManagePolicy);
        return app;
    }

    private static async Task<IResult> Export(string? actor, string? action, string? result, string? @object, string? from, string? to, string? format,
        AuditReader reader, HttpContext http, TimeProvider time, IStringLocalizer<AuditText> a, IStringLocalizer<ExportText> x)
    {
        if (!ExportFormats.TryRead(format, out var asked))
        {
            return ExportFormats.Unknown();
        }

        if (!AuditFilterQuery.TryRead(actor, action, result, @object, from, to, out var filter, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        var links = new AuditLinks(actor, action, @object, result, from, to);
        var source = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{links.Newest}";
        var sheet = AuditSheet.For(links, time.GetLocalNow(), source, CultureInfo.CurrentCulture, a, x);
        if (asked == ExportFormat.Csv)
        {
            await AuditCsv.WriteAsync(http.Response, sheet, reader.ReadAllAsync(filter, http.RequestAborted), http.RequestAborted);
            return TypedResults.Empty;
        }

        // A workbook is written whole: the selection is read first (CSV is the way for a very long trail).
        var lines = new List<AuditEntry>();
        await foreach (var line in reader.ReadAllAsync(filter, http.RequestAborted))
        {
            lines.Add(line);
        }

        http.Response.Headers.CacheControl = "no-store";
        return await ExportFile.Download(sheet.ToTable(lines), asked, http.RequestAborted);
    }

    private static async Task<Results<Ok<IReadOnlyList<AuditEntry>>, ValidationProblem>> ReadLines(
        string? actor, string? action, string? result, string? @object, string? from, string? to, long? before, long? after, int? take,
        AuditReader reader, HttpContext http)
    {
        if (!AuditFilterQuery.TryRead(actor, action, result, @object, from, to, out var filter, out var errors))
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (before is not null && after is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["after"] = ["Give 'before' or 'after', not both."] });
        }

        var size = Math.Clamp(take ?? 100, 1, AuditReader.MaxTake);
        var page = await reader.ReadAsync(filter, new AuditCursor(before, after), size);
        var links = new List<string>();
        if (page.OlderBefore is { } older)
        {
            links.Add($"<{Link(http, "before", older)}>; rel=\"next\"");
        }

        if (page.NewerAfter is { } newer)
        {
            links.Add($"<{Link(http, "after", newer)}>; rel=\"prev\"");
        }

        if (links.Count > 0)
        {
            http.Response.Headers.Link = string.Join(", ", links);
        }

        return TypedResults.Ok(page.Lines);
    }

    /// <summary>This request's address with the cursor replaced.</summary>
    private static string Link(HttpContext http, string cursor, long id)
    {
        var query = http.Request.Query.Where(q => q.Key is not ("before" or "after"))
            .Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString()))
            .Append(KeyValuePair.Create(cursor, (string?)id.ToString(CultureInfo.InvariantCulture)));
        return http.Request.PathBase + http.Request.Path + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }
}
