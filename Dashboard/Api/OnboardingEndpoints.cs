using Collab.Contracts.Directory;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collab.Dashboard.Api;

/// <summary>
/// The collaboration manager onboards members (an agency under its ministry) and initiatives with POST, which never overwrites
/// (409 for an id that exists), and edits them with PUT under optimistic concurrency: If-Match with the ETag of the GET (428 without, 412 when stale).
/// </summary>
public static class OnboardingEndpoints
{
    public const string Members = "members";
    public const string Initiatives = "initiatives";

    /// <summary>A member profile's address in the API, also the object of a page's audit line for it.</summary>
    public static string MemberPath(string id) => $"{ApiSetup.Prefix}/{Members}/{Uri.EscapeDataString(id)}";

    public static string InitiativePath(string id) => $"{ApiSetup.Prefix}/{Initiatives}/{Uri.EscapeDataString(id)}";

    public static RouteGroupBuilder MapOnboarding(this RouteGroupBuilder api)
    {
        var manage = api.MapGroup(string.Empty).RequireAuthorization(ApiRoles.ManagePolicy).RequireRateLimiting(WriteLimits.Policy);

        manage.MapPost($"/{Members}", (MemberProfile member, HttpContext http, IClusterClient client) =>
            Create(http, member.Id, MemberPath, id => client.GetGrain<IMemberGrain>(id).Create(member))).ProducesProblem(StatusCodes.Status409Conflict, Docs.ProblemResponses.ContentType);
        manage.MapPut($"/{Members}/{{id}}", (string id, MemberProfile member, HttpContext http, IClusterClient client) =>
            Update(http, id, member.Id, (key, revision) => client.GetGrain<IMemberGrain>(key).Update(member, revision))).WithPreconditions();
        manage.MapPost($"/{Initiatives}", (InitiativeProfile initiative, HttpContext http, IClusterClient client) =>
            Create(http, initiative.Id, InitiativePath, id => client.GetGrain<IInitiativeGrain>(id).Create(initiative))).ProducesProblem(StatusCodes.Status409Conflict, Docs.ProblemResponses.ContentType);
        manage.MapPut($"/{Initiatives}/{{id}}", (string id, InitiativeProfile initiative, HttpContext http, IClusterClient client) =>
            Update(http, id, initiative.Id, (key, revision) => client.GetGrain<IInitiativeGrain>(key).Update(initiative, revision))).WithPreconditions();

        return api;
    }

    // If-Match missing (428) or stale (412).
    private static RouteHandlerBuilder WithPreconditions(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status412PreconditionFailed, Docs.ProblemResponses.ContentType)
        .ProducesProblem(StatusCodes.Status428PreconditionRequired, Docs.ProblemResponses.ContentType);

    private static async Task<Results<Created<Acknowledgement>, ProblemHttpResult, ValidationProblem>> Create(HttpContext http, string? id, Func<string, string> pathOf, Func<string, Task<ProfileWrite>> create)
    {
        http.Items[AuditMiddleware.ObjectItem] = id;
        if (!ValidId(id))
        {
            return IdRequired();
        }

        var write = await create(id!);
        if (write.Outcome == ProfileWriteOutcome.Saved)
        {
            http.Response.Headers.ETag = ProfileETag.Of(write.Revision);
            return TypedResults.Created(pathOf(id!), Acknowledgement.Accepted);
        }

        return Refusal(write, id!) is { } refused ? refused : ApiResults.Invalid(write.Errors);
    }

    private static async Task<Results<Ok<Acknowledgement>, ProblemHttpResult, ValidationProblem>> Update(HttpContext http, string id, string? bodyId, Func<string, long, Task<ProfileWrite>> update)
    {
        http.Items[AuditMiddleware.ObjectItem] = id;
        if (!ValidId(id))
        {
            return IdRequired();
        }

        if (id != bodyId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["The id in the body differs from the id in the path."] },
                detail: "The id in the body differs from the id in the path.");
        }

        // NL GOV API design rules: a change without a precondition is refused rather than allowed to overwrite blindly.
        if (!ProfileETag.TryRead(http.Request, out var revision))
        {
            return TypedResults.Problem(title: "If-Match required", statusCode: StatusCodes.Status428PreconditionRequired,
                detail: $"GET '{id}' first and send its ETag in If-Match, so a change made meanwhile is never overwritten.");
        }

        var write = await update(id, revision);
        if (write.Outcome == ProfileWriteOutcome.Saved)
        {
            http.Response.Headers.ETag = ProfileETag.Of(write.Revision);
            return TypedResults.Ok(Acknowledgement.Accepted);
        }

        return Refusal(write, id) is { } refused ? refused : ApiResults.Invalid(write.Errors);
    }

    /// <summary>Why a write was not saved, other than invalid fields (those are a 400 naming them).</summary>
    private static ProblemHttpResult? Refusal(ProfileWrite write, string id) => write.Outcome switch
    {
        ProfileWriteOutcome.Exists => TypedResults.Problem(title: "Id exists already", statusCode: StatusCodes.Status409Conflict,
            detail: $"'{id}' exists already; nothing was changed. Change it with PUT and If-Match.",
            extensions: new Dictionary<string, object?> { ["errors"] = ApiResults.Errors(write.Errors) }),
        ProfileWriteOutcome.NotFound => TypedResults.Problem(title: "No such id", statusCode: StatusCodes.Status404NotFound,
            detail: $"There is no '{id}'; create it with POST."),
        ProfileWriteOutcome.Stale => TypedResults.Problem(title: "Changed meanwhile", statusCode: StatusCodes.Status412PreconditionFailed,
            detail: $"'{id}' was changed since the ETag you sent; nothing was changed. GET it again, then retry."),
        ProfileWriteOutcome.Forbidden => ApiResults.Forbidden(write.Errors[0].Field, write.Errors[0].Message),
        _ => null,
    };

    private static bool ValidId(string? id) => !string.IsNullOrWhiteSpace(id) && id.Length <= Rules.MaxIdLength;

    private static ValidationProblem IdRequired() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [$"An id of at most {Rules.MaxIdLength} lowercase letters, digits and '-' is required."] },
            detail: $"An id of at most {Rules.MaxIdLength} lowercase letters, digits and '-' is required.");
}
