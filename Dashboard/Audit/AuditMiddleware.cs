using System.Security.Claims;
using Collab.Dashboard.Api;

namespace Collab.Dashboard.Audit;

/// <summary>Writes an audit line for every API write, before the response starts, whatever its outcome (refusals by policy included).</summary>
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

        context.Response.OnStarting(() => trail.WriteAsync(LineOf(context)));
        await next(context);
    }

    private AuditLine LineOf(HttpContext context)
    {
        var user = context.User;
        var target = context.Items.TryGetValue(ObjectItem, out var item) && item is string id ? $"{context.Request.Path}/{id}" : context.Request.Path.ToString();
        return new AuditLine(time.GetUtcNow(), ActorOf(user), context.Request.Method, Truncate(target, 200),
            context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), OriginOf(context));
    }

    /// <summary>Who acted: role and member, never a name (no personal data in the trail).</summary>
    public static string ActorOf(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true
        ? $"{ApiRoles.All.FirstOrDefault(user.IsInRole) ?? "none"}:{user.FindFirstValue(ApiRoles.MemberClaim) ?? "*"}"
        : "anonymous";

    public static string OriginOf(HttpContext context) => $"{context.Connection.RemoteIpAddress}; {Truncate(context.Request.Headers.UserAgent.ToString(), 120)}";

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max] + "…";
}
