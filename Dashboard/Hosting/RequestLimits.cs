using Collab.Dashboard.Api;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Collab.Dashboard.Hosting;

/// <summary>
/// The product's own request limits, checked before anything else reads the request, so an oversized or malformed request
/// is answered like every other refusal (problem details, security headers, no-store; API-Version on the API) and changes nothing.
/// Kestrel's hard limits sit at twice these: only beyond them does Kestrel answer bare, before any middleware runs.
/// </summary>
public static class RequestLimits
{
    /// <summary>How far Kestrel's own limits lie beyond the product's.</summary>
    public const int ServerHeadroom = 2;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLimitOptions>().Bind(configuration.GetSection(RequestLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>((kestrel, options) =>
        {
            var limits = options.Value;
            // The request line is method, target and version: twice the target leaves room for both.
            kestrel.Limits.MaxRequestLineSize = limits.MaxUrlLength * ServerHeadroom;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxHeaderBytes * ServerHeadroom;
            kestrel.Limits.MaxRequestHeaderCount = limits.MaxHeaderCount * ServerHeadroom;
        });
        return services;
    }

    /// <summary>Place after the security headers and before everything that reads the request (authentication, the API, pages).</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        var limits = app.ApplicationServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value;
        return app.Use(async (context, next) =>
        {
            var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty;
            if (RequestRefusal.Of(context.Request, rawTarget, limits) is not { } refusal)
            {
                await next(context);
                return;
            }

            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            if (context.Request.Path.StartsWithSegments(ApiSetup.Prefix))
            {
                headers["API-Version"] = ApiConventions.Version;
            }

            context.Response.StatusCode = refusal.Status;
            await Results.Problem(statusCode: refusal.Status, title: refusal.Title, detail: refusal.Detail).ExecuteAsync(context);
        });
    }
}
