using System.Globalization;
using Collab.Dashboard.Api;
using Collab.Dashboard.Desk;
using Collab.Dashboard.Live;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Exports;

/// <summary>
/// The manage pages' downloads, below /exporteren like every page's, and like those pages for the collaboration manager only:
/// /exporteren/beheer/leden, /exporteren/beheer/initiatieven and /exporteren/beheer/versies?periode=2026-Q3.
/// </summary>
public static class ManageExportEndpoints
{
    public static IEndpointRouteBuilder MapManageExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup(ExportEndpoints.Prefix).ExcludeFromDescription().RequireAuthorization(ApiRoles.ManagePolicy);
        exports.MapGet($"/{ManageExports.MembersPath}", async (HttpContext c, ICollaborationReader reader) =>
            await Download(c, ManageExports.Members(await reader.Read(), SourceOf(c, DashboardUrls.ManageRoute))));
        exports.MapGet($"/{ManageExports.InitiativesPath}", async (HttpContext c, ICollaborationReader reader) =>
            await Download(c, ManageExports.Initiatives(await reader.Read(), SourceOf(c, DashboardUrls.ManageRoute))));
        exports.MapGet($"/{ManageExports.VersionsPath}", async (HttpContext c, string? periode, PeriodVersionDesk desk, IStringLocalizer<PublishText> p) =>
            periode is not null && await desk.List(periode.Trim()) is { } versions
                ? await Download(c, ManageExports.Versions(periode.Trim(), versions, SourceOf(c, DashboardUrls.PeriodVersionsRoute), p))
                : Results.ValidationProblem(new Dictionary<string, string[]> { ["periode"] = ["'periode' is a month (2026-03), a quarter (2026-Q1) or a year (2026)."] }));
        return app;
    }

    private static async Task<IResult> Download(HttpContext context, ExportTable table)
    {
        if (!ExportFormats.TryRead(context.Request.Query["format"], out var format))
        {
            return ExportFormats.Unknown();
        }

        context.Response.Headers.CacheControl = "no-store";
        return await ExportFile.Download(table, format, context.RequestAborted);
    }

    private static ManageExports.Source SourceOf(HttpContext c, string page) => new(
        c.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow(), CultureInfo.CurrentCulture,
        $"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}{page}",
        c.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>(), c.RequestServices.GetRequiredService<IStringLocalizer<ExportText>>());
}
