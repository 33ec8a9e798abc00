using System.Globalization;
using Collab.Dashboard.Api;
using Collab.Dashboard.Links;
using Collab.Dashboard.Live;
using Collab.Dashboard.Resources;
using Collab.Dashboard.Views.Report;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Exports;

/// <summary>
/// The pages' downloads: /exporteren/{page}[/{id}]/{table}?format=csv|xlsx|ods plus the page's own view parameters, each
/// authorized like the page it comes from (the overview and the open-data preview are open data; the MT report is for its
/// readers; every other page needs a role).
/// </summary>
public static class ExportEndpoints
{
    public const string Prefix = "/exporteren";

    public static IEndpointRouteBuilder MapPageExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup(Prefix).ExcludeFromDescription();
        exports.MapGet($"/{ExportCatalog.Overview}/{{table}}", (HttpContext c, string table) => Export(c, ExportCatalog.Overview, table, "")).AllowAnonymous();
        foreach (var page in new[] { ExportCatalog.Comparison, ExportCatalog.Exchange })
        {
            exports.MapGet($"/{page}/{{table}}", (HttpContext c, string table) => Export(c, page, table, "")).RequireAuthorization(ApiRoles.ReadPolicy);
        }

        foreach (var page in new[] { ExportCatalog.Member, ExportCatalog.Initiative })
        {
            exports.MapGet($"/{page}/{{id}}/{{table}}", (HttpContext c, string id, string table) => Export(c, page, table, id)).RequireAuthorization(ApiRoles.ReadPolicy);
        }

        exports.MapGet($"/{ExportCatalog.Report}/{{table}}", (HttpContext c, string table) => Export(c, ExportCatalog.Report, table, "")).RequireAuthorization(ApiRoles.ReportPolicy);
        exports.MapGet(OpenDataExports.Route, OpenDataExports.Download).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> Export(HttpContext context, string page, string table, string id)
    {
        var services = context.RequestServices;
        if (!ExportFormats.TryRead(context.Request.Query["format"], out var format))
        {
            return ExportFormats.Unknown();
        }

        var time = services.GetRequiredService<TimeProvider>();
        var now = time.GetLocalNow();
        var today = DateOnly.FromDateTime(now.DateTime);
        var query = context.Request.Query.ToDictionary(p => p.Key, p => (string?)p.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        // The report keeps its months in its own address (van/tot, last month by default), not in the pages' view parameters.
        var report = page == ExportCatalog.Report;
        var view = report ? ReportPeriod.View(query.GetValueOrDefault(ViewQuery.FromKey), query.GetValueOrDefault(ViewQuery.ToKey), query.GetValueOrDefault(ViewQuery.FiguresKey), today)
            : ViewQuery.Parse(query, today, ExportCatalog.SpecOf(page));
        var pagePath = id.Length == 0 ? (page == ExportCatalog.Overview ? "/" : $"/{page}") : $"/{page}/{Uri.EscapeDataString(id)}";
        var pageQuery = report ? ReportPeriod.Query(view.ToPeriod(today), view.LiveFigures) : ViewQuery.ToQueryString(view, today);
        // A page that shows a fixed period's version exports that version, unless the view asks for the live figures; the exchange shows live only.
        var version = await FixedVersion(services, view.ToPeriod(today));
        var live = view.LiveFigures || page == ExportCatalog.Exchange;
        var figures = FiguresVersion.Shown(version, live, await services.GetRequiredService<ICollaborationReader>().Read());
        var source = new ExportSource(
            figures, view, today, CultureInfo.CurrentCulture, now,
            $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{pagePath}{(pageQuery.Length > 0 ? "?" + pageQuery : "")}",
            services.GetRequiredService<IStringLocalizer<SharedResource>>(), services.GetRequiredService<IStringLocalizer<ExportText>>())
        {
            Version = FiguresVersion.Text(version, live, CultureInfo.CurrentCulture, services.GetRequiredService<IStringLocalizer<ExportText>>(), services.GetRequiredService<IStringLocalizer<PublishText>>()),
            R = services.GetRequiredService<IStringLocalizer<ReportText>>(),
        };
        return ExportCatalog.Build(page, table, source, id) is { } export
            ? await ExportFile.Download(export, format, context.RequestAborted)
            : Results.NotFound();
    }

    private static async Task<FixedView?> FixedVersion(IServiceProvider services, Collab.Contracts.Indicators.Period period)
    {
        try
        {
            return await services.GetRequiredService<IPeriodVersionReader>().Binding(period);
        }
        catch (Exception ex) when (StoreFailures.IsUnavailable(ex))
        {
            // As on the page: no version to be had, the live figures are shown and said to be live.
            return null;
        }
    }
}
