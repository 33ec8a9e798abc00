using System.Globalization;
using Collab.Dashboard.Api;
using Collab.Dashboard.Exports;
using Collab.Dashboard.Links;
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

    private static async Task<IResult> Download(
        string? van, string? tot, string? cijfers, ICollaborationReader reader, IPeriodVersionReader versions, TimeProvider time,
        IStringLocalizer<ReportText> text, IStringLocalizer<SharedResource> shared, IStringLocalizer<ExportText> export, IStringLocalizer<PublishText> publish)
    {
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var period = ReportPeriod.FromQuery(van, tot, today).ToPeriod(today);
        // The same figures as the page: a fixed period's version unless the address asks for the live ones.
        var live = cijfers == ViewQuery.LiveFiguresValue;
        var version = await Binding(versions, period);
        var model = ReportBuilder.Build(FiguresVersion.Shown(version, live, await reader.Read()), period, today);
        var pdf = ReportPdfWriter.Write(
            model, SummaryRules.Write(model), new ReportFormat(text, CultureInfo.CurrentCulture), shared, today, FiguresVersion.Text(version, live, CultureInfo.CurrentCulture, export, publish));
        var name = string.Create(CultureInfo.InvariantCulture, $"{text["PageTitle"].Value.ToLowerInvariant().Replace(' ', '-')}-{period.From}-{period.To}.pdf");
        return Results.File(pdf, "application/pdf", name);
    }

    private static async Task<FixedView?> Binding(IPeriodVersionReader versions, Collab.Contracts.Indicators.Period period)
    {
        try
        {
            return await versions.Binding(period);
        }
        catch (Exception ex) when (StoreFailures.IsUnavailable(ex))
        {
            return null;
        }
    }
}
