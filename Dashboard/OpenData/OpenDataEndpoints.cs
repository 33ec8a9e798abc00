using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Collab.Contracts.Periods;
using Collab.Dashboard.Api;
using Collab.Dashboard.Api.Docs;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Collab.Dashboard.OpenData;

/// <summary>
/// GET /api/v1/open-data: the DCAT catalogue, the definitions, the published versions and each one's data as CSV and JSON.
/// Public, open to every origin (these GETs only), cacheable with an ETag; a version that is not published is 404.
/// </summary>
public static class OpenDataEndpoints
{
    public const string CorsPolicy = "open-data";
    public const string Prefix = $"{ApiSetup.Prefix}/open-data";

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup(Prefix).AllowAnonymous().RequireCors(CorsPolicy).WithProblemResponses();
        open.MapGet(string.Empty, Catalogue).Produces<System.Text.Json.Nodes.JsonObject>(StatusCodes.Status200OK, "application/ld+json").Cacheable();
        open.MapGet("/definitions", Definitions).Produces<OpenDataDefinitions>().Cacheable();
        open.MapGet("/versions", async (HttpContext http, OpenDataReader reader, IOptions<OpenDataOptions> options) =>
            Cached(http, JsonSerializer.Serialize(await reader.Published(), JsonSerializerOptions.Web), "application/json", options.Value))
            .Produces<PeriodVersion[]>().Cacheable();
        open.MapGet("/{period}/versions/{number:int}/data.json", (string period, int number, HttpContext http, OpenDataReader reader, IOptions<OpenDataOptions> options) =>
            Data(http, reader, options.Value, period, number, set => JsonSerializer.Serialize(set, JsonSerializerOptions.Web), "application/json"))
            .Produces<OpenDataSet>().Cacheable();
        open.MapGet("/{period}/versions/{number:int}/data.csv", (string period, int number, HttpContext http, OpenDataReader reader, IOptions<OpenDataOptions> options) =>
            Data(http, reader, options.Value, period, number, OpenDataCsv.Data, "text/csv; charset=utf-8"))
            .Produces<string>(StatusCodes.Status200OK, "text/csv").Cacheable();
        open.MapGet("/{period}/versions/{number:int}/exchange.csv", (string period, int number, HttpContext http, OpenDataReader reader, IOptions<OpenDataOptions> options) =>
            Data(http, reader, options.Value, period, number, OpenDataCsv.Exchange, "text/csv; charset=utf-8"))
            .Produces<string>(StatusCodes.Status200OK, "text/csv").Cacheable();
        return app;
    }

    // A 304 answers a repeated GET whose ETag still holds.
    private static RouteHandlerBuilder Cacheable(this RouteHandlerBuilder endpoint) => endpoint.Produces(StatusCodes.Status304NotModified);

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult>> Catalogue(HttpContext http, OpenDataReader reader, IOptions<OpenDataOptions> options)
    {
        var catalogue = DcatCatalogue.Build(await reader.Published(), $"{http.Request.Scheme}://{http.Request.Host}", options.Value.Publisher);
        return Cached(http, catalogue.ToJsonString(), "application/ld+json", options.Value);
    }

    public static Results<FileContentHttpResult, StatusCodeHttpResult> Definitions(HttpContext http, IOptions<OpenDataOptions> options) =>
        Cached(http, JsonSerializer.Serialize(OpenDataDefinitions.Of(options.Value), JsonSerializerOptions.Web), "application/json", options.Value);

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Data(
        HttpContext http, OpenDataReader reader, OpenDataOptions options, string period, int number, Func<OpenDataSet, string> write, string contentType)
    {
        if (await reader.Set(period, number) is not { } set)
        {
            return TypedResults.Problem(title: "Not Found", statusCode: StatusCodes.Status404NotFound,
                detail: $"Version {number} of '{period}' is not published; see {Prefix}/versions for what is.");
        }

        return Cached(http, write(set), contentType, options) switch
        {
            { Result: FileContentHttpResult file } => file,
            { Result: StatusCodeHttpResult status } => status,
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>The body with a strong ETag of its bytes and public caching; 304 when the caller has these bytes already.</summary>
    private static Results<FileContentHttpResult, StatusCodeHttpResult> Cached(HttpContext http, string body, string contentType, OpenDataOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = $"public, max-age={options.MaxAgeSeconds}";
        var known = http.Request.Headers.IfNoneMatch.SelectMany(h => (h ?? string.Empty).Split(',', StringSplitOptions.TrimEntries));
        return known.Any(k => k == etag || k == "*" || k == $"W/{etag}")
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(bytes, contentType);
    }
}
