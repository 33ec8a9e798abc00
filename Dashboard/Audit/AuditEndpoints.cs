using Collab.Dashboard.Api;

namespace Collab.Dashboard.Audit;

/// <summary>The collaboration manager reads and filters the audit trail; there is deliberately no way to change it.</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit-lines", async (string? actor, string? action, string? result, int? take, AuditTrail trail) =>
            Results.Ok(await trail.ReadAsync(
                line => (actor is null || line.Actor.Contains(actor, StringComparison.OrdinalIgnoreCase))
                    && (action is null || line.Action.Equals(action, StringComparison.OrdinalIgnoreCase))
                    && (result is null || line.Result == result),
                Math.Clamp(take ?? 100, 1, 1000))))
            .RequireAuthorization(ApiRoles.ManagePolicy).Produces<AuditLine[]>();
        return api;
    }
}
