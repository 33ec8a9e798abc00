using System.Globalization;
using Collab.Contracts.Periods;
using Collab.Dashboard.OpenData;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Exports;

/// <summary>
/// The open-data page's preview table as CSV, XLSX or ODS: one published version, named in the address so the file holds the
/// version the page showed; public like the page. A version that is not published is 404, as in the open-data API.
/// </summary>
public static class OpenDataExports
{
    public const string Table = "voorbeeld";

    public const string Route = $"/{ExportCatalog.OpenData}/{{period}}/{{number:int}}/{Table}";

    /// <summary>The download's address below /exporteren, e.g. "open-data/2019-06/1/voorbeeld".</summary>
    public static string Path(string period, int number) => string.Create(CultureInfo.InvariantCulture, $"{ExportCatalog.OpenData}/{Uri.EscapeDataString(period)}/{number}/{Table}");

    public static async Task<IResult> Download(
        HttpContext context, string period, int number, string? format, OpenDataReader reader, TimeProvider time, IStringLocalizer<PublishText> p, IStringLocalizer<ExportText> x)
    {
        if (!ExportFormats.TryRead(format, out var asked))
        {
            return ExportFormats.Unknown();
        }

        if (await reader.Set(period, number) is not { } set)
        {
            return Results.NotFound();
        }

        var source = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{DashboardUrls.OpenDataRoute}";
        return await ExportFile.Download(Preview(set, CultureInfo.CurrentCulture, time.GetLocalNow(), source, reader.MinimumGroupSize, p, x), asked, context.RequestAborted);
    }

    public static ExportTable Preview(OpenDataSet set, CultureInfo culture, DateTimeOffset now, string source, int minimumGroupSize, IStringLocalizer<PublishText> p, IStringLocalizer<ExportText> x)
    {
        PeriodKey.TryParse(set.Period, out var period);
        var preview = OpenDataPreview.Of(set);
        var title = p["OpenDataPreview", set.Period, set.Version];
        string Label(string key) => key == OpenDataSet.Total ? p["OpenDataTotal"] : key;
        // A suppressed cell is the published marker, as text; every other cell a whole count, as on the page.
        object? Cell(OpenDataRow row) => row.Suppressed ? OpenDataSet.SuppressedMarker : row.Value;
        var version = $"{p["VersionLabel", set.Version]}, {p["OpenDataPublishedOn", set.PublishedAt.ToLocalTime().ToString("d", culture)]}";
        return new ExportTable(
            title, ExportHeader.FileName($"open-data-v{set.Version}", period),
            ExportHeader.For(title, period, p["OpenDataSuppression", minimumGroupSize, OpenDataSet.SuppressedMarker], now, source, culture, x, version),
            [new ExportColumn(p["OpenDataMember"], ExportKind.Text), .. preview.Months.Select(m => new ExportColumn(Label(m), ExportKind.Whole))],
            [.. preview.Members.Select(member => (System.Collections.Immutable.ImmutableArray<object?>)[Label(member), .. preview.Months.Select(m => Cell(preview.Cells[(member, m)]))])],
            culture);
    }
}
