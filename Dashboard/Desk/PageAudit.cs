using System.Globalization;
using System.Security.Claims;
using Collab.Dashboard.Audit;

namespace Collab.Dashboard.Desk;

/// <summary>The audit line of an action taken on a page, in the same shape as an API request's line.</summary>
public sealed class PageAudit(AuditTrail trail, TimeProvider time)
{
    public Task WriteAsync(ClaimsPrincipal user, string action, string target, string result, string origin) =>
        trail.WriteAsync(new AuditLine(time.GetUtcNow(), AuditMiddleware.ActorOf(user), action, AuditLine.Clip(target, AuditLine.MaxObjectLength), result, origin, AuditMiddleware.SubjectOf(user)));

    public Task WriteAsync(ClaimsPrincipal user, string target, int status, string origin) =>
        WriteAsync(user, "PAGE", target, status.ToString(CultureInfo.InvariantCulture), origin);
}
