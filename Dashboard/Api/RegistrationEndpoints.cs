using Collab.Contracts.Activities;
using Collab.Dashboard.Desk;

namespace Collab.Dashboard.Api;

/// <summary>POST a support session, knowledge-sharing contact or procurement update: an adapter from HTTP to the registration desk.</summary>
public static class RegistrationEndpoints
{
    public static RouteGroupBuilder MapRegistrations(this RouteGroupBuilder api)
    {
        api.MapPost("/support-sessions", (SupportSession session, HttpContext http, RegistrationDesk desk) => Register(http, desk, session));
        api.MapPost("/knowledge-contacts", (KnowledgeContact contact, HttpContext http, RegistrationDesk desk) => Register(http, desk, contact));
        api.MapPost("/procurement-updates", (ProcurementUpdate update, HttpContext http, RegistrationDesk desk) => Register(http, desk, update));
        return api;
    }

    private static async Task<IResult> Register(HttpContext http, RegistrationDesk desk, IActivity activity)
    {
        http.Items[Audit.AuditMiddleware.ObjectItem] = activity.Id;
        return ApiResults.From(await desk.Register(http.User, activity), ActivityKind.Of(activity).PathOf(activity.Id));
    }
}
