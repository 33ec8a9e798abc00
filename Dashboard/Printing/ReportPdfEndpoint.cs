using System.Globalization;
using Collab.Dashboard.Api;
using Collab.Dashboard.Live;
using Collab.Dashboard.Resources;
using Collab.Dashboard.Views.Report;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Printing;

/// <summary><c>GET /rapport/pdf?van=yyyy-MM&amp;tot=yyyy-MM</c>: the MT report as a PDF, for the same people as the page, in the visitor's language.</summary>
public static class ReportPdfEndpoint
{
    public const string Path = DashboardUrls.ReportRoute + "/pdf";

    public static IEndpointRouteBuilder MapReportPdf(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, Download).RequireAuthorization(ApiRoles.ReportPolicy).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Download(string? van, string? tot, ICollaborationReader reader, TimeProvider time, IStringLocalizer<ReportText> text, IStringLocalizer<SharedResource> shared)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var period = ReportPeriod.FromQuery(van, tot, today).ToPeriod(today);
        var model = ReportBuilder.Build(await reader.Read(), period, today);
        var pdf = ReportPdfWriter.Write(model, SummaryRules.Write(model), new ReportFormat(text, CultureInfo.CurrentCulture), shared, today);
        var name = string.Create(CultureInfo.InvariantCulture, $"{text["PageTitle"].Value.ToLowerInvariant().Replace(' ', '-')}-{period.From}-{period.To}.pdf");
        return Results.File(pdf, "application/pdf", name);
    }
}
