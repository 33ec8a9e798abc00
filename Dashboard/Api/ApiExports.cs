using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Exports;
using Collab.Dashboard.Resources;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;

namespace Collab.Dashboard.Api;

/// <summary>
/// Content negotiation on the read endpoints: JSON by default; CSV, XLSX or ODS of the same rows when the request asks with
/// <c>Accept</c> or <c>?format=csv|xlsx|ods</c>, written by the same writers as the pages' downloads.
/// </summary>
public static class ApiExports
{
    public const string FormatDescription = "json (default), csv, xlsx or ods; the same as asking with Accept: text/csv, "
        + ExportFormats.Xlsx + " or " + ExportFormats.Ods + ". CSV is UTF-8 with BOM, ';' and a decimal comma (Dutch).";

    /// <summary>The JSON answer, or the same rows as a table in the asked format.</summary>
    public static Task<IResult> Answer(HttpContext context, object json, Func<ExportTable> table) => Answer(context, () => json, table);

    /// <summary>As above, with the JSON made only when JSON is the answer (a page of rows, its headers set beside it).</summary>
    public static async Task<IResult> Answer(HttpContext context, Func<object> json, Func<ExportTable> table)
    {
        var format = ExportFormats.Requested(context.Request, out var invalid);
        return invalid ? Results.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["'format' is json, csv, xlsx or ods."] })
            : format is { } asked ? await ExportFile.Download(table(), asked, context.RequestAborted)
            : Results.Ok(json());
    }

    /// <summary>A table with the JSON's own property names as columns, and the header block of every export.</summary>
    public static ExportTable Table(HttpContext context, string name, Period period, string filters, IEnumerable<ExportColumn> columns, IEnumerable<IEnumerable<object?>> rows)
    {
        var culture = CultureInfo.CurrentCulture;
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<ExportText>>();
        var now = context.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow();
        var source = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{context.Request.Path}{context.Request.QueryString}";
        return new ExportTable(name, ExportHeader.FileName(name, period), ExportHeader.For(name, period, filters, now, source, culture, text),
            [.. columns], [.. rows.Select(r => r.ToImmutableArray())], culture);
    }

    /// <summary>Documents the three table media types beside JSON for a 200 answer.</summary>
    public static RouteHandlerBuilder WithExports(this RouteHandlerBuilder endpoint) => endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
    {
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var media in new[] { ExportFormats.Csv, ExportFormats.Xlsx, ExportFormats.Ods })
            {
                response.Content[media] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
            }
        }

        return Task.CompletedTask;
    });
}
