using System.Text.Json;
using System.Text.Json.Serialization;
using Collab.Dashboard.Api.Docs;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime;
using Scalar.AspNetCore;

namespace Collab.Dashboard.Api;

/// <summary>The HTTP API under /api/v1: JSON with kebab-case enums, RFC 7807 problems, bearer tokens, and 503 instead of 500 when the cluster is away.</summary>
public static class ApiSetup
{
    public const string Prefix = "/api/v1";

    public static IServiceCollection AddCollabApi(this IServiceCollection services)
    {
        // Every problem says what the caller can do about it, also those the framework makes (NL GOV: status, title and detail).
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context => context.ProblemDetails.Detail ??= ProblemTexts.DetailFor(context.ProblemDetails.Status));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            // A key sent twice would let the last value silently hide the first: refused, naming the key.
            o.SerializerOptions.AllowDuplicateProperties = false;
            // A number is a JSON number: "5" in a count field is refused, and the schema says integer, not integer-or-string.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        // An unreadable body throws in every environment (not only Development), so the handler below can name its JSON path.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddApiAuthorization();
        services.AddSingleton<Audit.AuditTrail>();
        services.AddSingleton<Audit.AuditReader>();
        services.AddSingleton<Audit.IAuditPages>(sp => sp.GetRequiredService<Audit.AuditReader>());
        services.AddCollabOpenApi();
        return services;
    }

    public static WebApplication MapCollabApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).RequireAuthorization(ApiRoles.ReadPolicy).WithProblemResponses();
        api.MapGroup(string.Empty).RequireAuthorization(ApiRoles.RegisterPolicy).RequireRateLimiting(WriteLimits.Policy).MapRegistrations().MapBatches();
        api.MapOnboarding();
        api.MapImports();
        api.MapReads();
        api.MapItems();
        Audit.AuditEndpoints.MapAudit(api);
        app.MapOpenApi($"{Prefix}/openapi.json").AllowAnonymous();
        // Interactive API docs, served from the package itself: no script or font comes from outside.
        app.MapScalarApiReference($"{Prefix}/docs", o =>
        {
            o.OpenApiRoutePattern = $"{Prefix}/openapi.json";
            o.DefaultFonts = false;
            o.Title = "Samenwerkingsdashboard API";
        }).AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            app.MapDevelopmentTokens();
        }

        return app;
    }

    /// <summary>Problem details for an error routing answered without a body, saying what the caller can do.</summary>
    public static Task ExplainEmptyError(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        return Results.Problem(statusCode: status, detail: ProblemTexts.DetailFor(status)).ExecuteAsync(context.HttpContext);
    }

    /// <summary>A store or cluster that cannot be reached is a 503 with Retry-After, never a 500.</summary>
    public static IApplicationBuilder UseApiUnavailableHandling(this IApplicationBuilder app) => app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        StatusCodeSelector = ex => ex switch
        {
            // Unreadable JSON, a wrong type in a field, a body too large: the caller's mistake, with the status Kestrel chose.
            BadHttpRequestException bad => bad.StatusCode,
            _ when Live.StoreFailures.IsUnavailable(ex) => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        },
        ExceptionHandler = async context =>
        {
            var status = context.Response.StatusCode;
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                context.Response.Headers.RetryAfter = "5";
            }

            var title = status switch
            {
                StatusCodes.Status503ServiceUnavailable => "The store is not available right now",
                < 500 => "The request could not be read",
                _ => "Something went wrong",
            };
            // For a body that could not be read, the JSON reader's own words name the field and position.
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var detail = status < 500 ? error?.InnerException?.Message ?? error?.Message
                : status == StatusCodes.Status500InternalServerError && context.RequestServices.GetRequiredService<IHostEnvironment>().IsDevelopment() ? error?.GetType().FullName
                : null;
            // The JSON path (a duplicate key, a wrong type) is the field the caller must fix, as in every other 400.
            var result = status == StatusCodes.Status400BadRequest && error?.InnerException is JsonException { Path: { Length: > 0 } path }
                ? Results.ValidationProblem(new Dictionary<string, string[]> { [path] = [detail!] }, detail: detail, title: title)
                : Results.Problem(statusCode: status, title: title, detail: detail);
            await result.ExecuteAsync(context);
        },
    });
}
