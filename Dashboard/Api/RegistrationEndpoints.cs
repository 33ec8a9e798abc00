using Collab.Contracts.Activities;
using Collab.Dashboard.Desk;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collab.Dashboard.Api;

/// <summary>POST a support session, knowledge-sharing contact or procurement update: an adapter from HTTP to the registration desk.</summary>
public static class RegistrationEndpoints
{
    public static RouteGroupBuilder MapRegistrations(this RouteGroupBuilder api)
    {
        api.MapPost("/support-sessions", (SupportSession session, HttpContext http, RegistrationDesk desk) => Register(http, desk, session)).WithConflict();
        api.MapPost("/knowledge-contacts", (KnowledgeContact contact, HttpContext http, RegistrationDesk desk) => Register(http, desk, contact)).WithConflict();
        api.MapPost("/procurement-updates", (ProcurementUpdate update, HttpContext http, RegistrationDesk desk) => Register(http, desk, update)).WithConflict();
        return api;
    }

    // The same id with other content: a 409 naming what differs.
    private static RouteHandlerBuilder WithConflict(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status409Conflict, Docs.ProblemResponses.ContentType);

    private static async Task<Results<Created<Acknowledgement>, Ok<Acknowledgement>, ProblemHttpResult, ValidationProblem>> Register(HttpContext http, RegistrationDesk desk, IActivity activity)
    {
        http.Items[Audit.AuditMiddleware.ObjectItem] = activity.Id;
        return ApiResults.From(await desk.Register(http.User, activity), ActivityKind.Of(activity).PathOf(activity.Id));
    }
}
