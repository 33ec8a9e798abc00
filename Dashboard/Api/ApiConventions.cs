namespace Collab.Dashboard.Api;

/// <summary>
/// What every API answer carries, whatever endpoint made it (NL GOV API Design Rules): the full version in
/// <c>API-Version</c>, no caching of figures that may be personal to the caller, and one address per resource.
/// </summary>
public static class ApiConventions
{
    public const string Version = "1.0.0";

    public static IApplicationBuilder UseApiConventions(this IApplicationBuilder api) => api.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers["API-Version"] = Version;
            // The public documents may be cached; answers that depend on who asks may not.
            if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });

        // "/api/v1/members/" is not "/api/v1/members": a trailing slash names no resource.
        // The interactive docs are a page of their own, addressed with its slash.
        if (context.Request.Path.Value is { Length: > 1 } path && path.EndsWith('/') && !context.Request.Path.StartsWithSegments($"{ApiSetup.Prefix}/docs"))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found",
                detail: $"There is no resource at '{path}'; leave out the trailing slash.").ExecuteAsync(context);
            return;
        }

        await next(context);
    });
}
