using System.Security.Cryptography;

namespace Collab.Dashboard.Api;

/// <summary>
/// Headers every response carries: no sniffing, no framing by other sites, no referrer leaking paths, and a script
/// policy that runs only our own files plus Blazor's import map, which carries this response's nonce.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceItem = "csp-nonce";

    /// <summary>The nonce of this response, for the one inline script the page needs (the import map).</summary>
    public static string? NonceOf(HttpContext? context) => context?.Items[NonceItem] as string;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceItem] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            // The interactive API docs (Scalar) bring their own inline start-up script; everything else gets the strict policy.
            var scripts = context.Request.Path.StartsWithSegments($"{ApiSetup.Prefix}/docs") ? "'self' 'unsafe-inline'" : $"'self' 'nonce-{nonce}'";
            headers.ContentSecurityPolicy = $"default-src 'self'; script-src {scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
                + $"frame-ancestors 'none'; base-uri 'self'; form-action {Identity.ProviderSignOut.FormActionSources(context)}; object-src 'none'";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
