using System.Text;
using Collab.Dashboard.Import;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Collab.Dashboard.Api;

/// <summary>
/// CSV import over HTTP: <c>POST /imports/{kind}</c> with a <c>text/csv</c> body. A file with any wrong row stores nothing
/// and answers 400 with a report per row; <c>dryRun=true</c> only checks.
/// </summary>
public static class ImportEndpoints
{
    /// <summary>How many row errors a problem lists; the count says how many there are.</summary>
    public const int ListedRowErrors = 1000;

    public static RouteGroupBuilder MapImports(this RouteGroupBuilder api)
    {
        // A template holds column names and an example, no data: public, so a plain download link works from the page.
        api.MapGet("/imports/{kind}/template", Results<FileContentHttpResult, ProblemHttpResult> (string kind) => ImportKinds.TryParse(kind, out var k)
            ? TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvTemplate.For(k))).ToArray(), "text/csv; charset=utf-8", $"{k.Slug()}.csv")
            : UnknownKind()).AllowAnonymous().Produces<string>(StatusCodes.Status200OK, "text/csv");

        api.MapPost("/imports/{kind}", async Task<Results<Ok<ImportAnswer>, ProblemHttpResult>> (string kind, bool? dryRun, HttpContext http, ImportRunner runner, CancellationToken cancellationToken) =>
        {
            if (!ImportKinds.TryParse(kind, out var k))
            {
                return UnknownKind();
            }

            if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || !type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
            {
                return TypedResults.Problem(title: "Send the file as text/csv", detail: $"The content type was '{http.Request.ContentType}'.",
                    statusCode: StatusCodes.Status415UnsupportedMediaType);
            }

            // Larger than other requests: a file may hold years of registrations.
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = CsvImportReader.MaxBytes;
            }

            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, cancellationToken);
            body.Position = 0;
            var preview = await runner.PreviewAsync(k, body, http.User, cancellationToken);
            if (!preview.IsStorable)
            {
                return Refused(preview);
            }

            if (dryRun == true)
            {
                return TypedResults.Ok(ImportAnswer.Storable(k.Slug(), preview.Counts));
            }

            var report = await runner.StoreAsync(preview, http.User, auditOrigin: null, progress: null, cancellationToken);
            return TypedResults.Ok(ImportAnswer.Of(k.Slug(), report));
        }).RequireAuthorization(ApiRoles.RegisterPolicy).RequireRateLimiting(WriteLimits.Policy).Accepts<string>("text/csv");

        return api;
    }

    private static ProblemHttpResult Refused(ImportPreview preview) => TypedResults.Problem(
        title: preview.FileErrors.IsEmpty ? "Some rows are not valid; nothing was stored" : "The file could not be read; nothing was stored",
        detail: preview.FileErrors.IsEmpty
            ? preview.RowErrors.IsEmpty ? "The file holds no rows." : $"{preview.RowErrors.Select(e => e.Line).Distinct().Count()} of {preview.Counts.Rows} rows have errors."
            : string.Join(" ", preview.FileErrors),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?>
        {
            ["fileErrors"] = preview.FileErrors,
            ["rowErrorCount"] = preview.RowErrors.Length,
            ["rowErrors"] = preview.RowErrors.Take(ListedRowErrors),
            ["counts"] = preview.Counts,
        });

    private static ProblemHttpResult UnknownKind() => TypedResults.Problem(title: "Unknown import kind", statusCode: StatusCodes.Status404NotFound,
        detail: $"Use one of: {string.Join(", ", Enum.GetValues<ImportKind>().Select(k => k.Slug()))}.");
}
