using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Dashboard.Api;

/// <summary>POST a support session, knowledge-sharing contact or procurement update; a registrar only for their own member.</summary>
public static class RegistrationEndpoints
{
    public static RouteGroupBuilder MapRegistrations(this RouteGroupBuilder api)
    {
        api.MapPost("/support-sessions", async (SupportSession session, HttpContext http, IClusterClient client) =>
            await Register(http, "providingMemberId", session.ProvidingMemberId, "support-sessions", session.Id,
                () => client.GetGrain<IMemberGrain>(session.ProvidingMemberId).Register(session)));

        api.MapPost("/knowledge-contacts", async (KnowledgeContact contact, HttpContext http, IClusterClient client) =>
            await Register(http, "fromMemberId", contact.FromMemberId, "knowledge-contacts", contact.Id,
                () => client.GetGrain<IMemberGrain>(contact.FromMemberId).Register(contact)));

        api.MapPost("/procurement-updates", async (ProcurementUpdate update, HttpContext http, IClusterClient client) =>
            string.IsNullOrWhiteSpace(update.InitiativeId) || update.InitiativeId.Length > 64
                ? Results.ValidationProblem(new Dictionary<string, string[]> { ["initiativeId"] = ["An existing initiative id is required."] })
                : await Register(http, "registeredByMemberId", update.RegisteredByMemberId, "procurement-updates", update.Id,
                    () => client.GetGrain<IInitiativeGrain>(update.InitiativeId).Register(update)));

        return api;
    }

    private static async Task<IResult> Register(
        HttpContext http, string memberField, string? memberId, string resource, string? id, Func<Task<Contracts.Registrations.RegistrationResult>> register)
    {
        http.Items[Audit.AuditMiddleware.ObjectItem] = id;
        var user = http.User;
        // Refused before any grain is touched: a missing or absurd member id, or a member that is not the caller's.
        if (string.IsNullOrWhiteSpace(memberId) || memberId.Length > 64)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [memberField] = ["An existing member id is required."] });
        }

        if (!user.MayRegisterFor(memberId))
        {
            return ApiResults.Forbidden(memberField, $"You may not register for '{memberId}'.");
        }

        return ApiResults.From(await register(), $"/api/v1/{resource}/{Uri.EscapeDataString(id ?? string.Empty)}");
    }
}
