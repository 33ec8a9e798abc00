using System.Security.Claims;
using Collab.Dashboard.Api;

namespace Collab.Dashboard.Audit;

/// <summary>
/// Writes an audit line for every API write, whatever its outcome (refusals by policy included), before any byte of the
/// answer leaves: the answer is held until its line is durable, and becomes a 503 when the line cannot be written.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, AuditTrail trail, TimeProvider time)
{
    public const string ObjectItem = "audit-object";

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        try
        {
            await trail.WriteAsync(LineOf(context));
        }
        catch (Exception ex) when (Live.StoreFailures.IsUnavailable(ex))
        {
            // No acknowledgement without its audit line; a registration that did get stored counts once when sent again.
            context.Response.Clear();
            context.Response.Headers.RetryAfter = "5";
            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The store is not available right now",
                detail: "The audit trail could not be written. Send the same request again; a registration counts once.").ExecuteAsync(context);
            return;
        }

        held.Position = 0;
        await held.CopyToAsync(original, context.RequestAborted);
    }

    private AuditLine LineOf(HttpContext context)
    {
        var user = context.User;
        var path = context.Request.Path.ToString();
        // A POST names its new item's id; a PUT's path holds it already.
        var target = context.Items.TryGetValue(ObjectItem, out var item) && item is string id && !path.EndsWith($"/{id}", StringComparison.Ordinal)
            ? $"{path}/{id}" : path;
        return new AuditLine(time.GetUtcNow(), ActorOf(user), context.Request.Method, AuditLine.Clip(target, AuditLine.MaxObjectLength),
            context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), OriginOf(context), SubjectOf(user));
    }

    /// <summary>Who acted: role and member, never a name (no personal data in the trail).</summary>
    public static string ActorOf(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
        ? $"{ApiRoles.All.FirstOrDefault(user.IsInRole) ?? "none"}:{user.FindFirstValue(ApiRoles.MemberClaim) ?? "*"}"
        : "anonymous";

    /// <summary>The person behind the role, pseudonymously: the identity provider's subject identifier, when signed in.</summary>
    public static string? SubjectOf(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ApiRoles.SubjectClaim) : null;

    public static string OriginOf(HttpContext context) => $"{context.Connection.RemoteIpAddress}; {AuditLine.Clip(context.Request.Headers.UserAgent.ToString(), AuditLine.MaxUserAgentLength)}";
}
