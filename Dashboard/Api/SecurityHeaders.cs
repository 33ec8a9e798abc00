namespace Collab.Dashboard.Api;

/// <summary>Headers every response carries: no sniffing, no framing by other sites, no referrer leaking paths.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            // Only framing and base/form targets are pinned here; a full script policy needs a nonce for Blazor's import map (not yet done).
            headers.ContentSecurityPolicy = "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
