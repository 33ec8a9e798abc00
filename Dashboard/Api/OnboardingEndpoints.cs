using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Audit;

namespace Collab.Dashboard.Api;

/// <summary>The collaboration manager onboards members (an agency under its ministry) and initiatives, and edits them.</summary>
public static class OnboardingEndpoints
{
    public static RouteGroupBuilder MapOnboarding(this RouteGroupBuilder api)
    {
        var manage = api.MapGroup(string.Empty).RequireAuthorization(ApiRoles.ManagePolicy).RequireRateLimiting(WriteLimits.Policy);

        manage.MapPost("/members", (MemberProfile member, HttpContext http, IClusterClient client) =>
            Save(http, member.Id, "members", created: true, id => client.GetGrain<IMemberGrain>(id).SetProfile(member)));
        manage.MapPut("/members/{id}", async (string id, MemberProfile member, HttpContext http, IClusterClient client) =>
            id != member.Id ? Mismatch() : await Save(http, id, "members", created: false, key => client.GetGrain<IMemberGrain>(key).SetProfile(member)));
        manage.MapPost("/initiatives", (InitiativeProfile initiative, HttpContext http, IClusterClient client) =>
            Save(http, initiative.Id, "initiatives", created: true, id => client.GetGrain<IInitiativeGrain>(id).SetProfile(initiative)));
        manage.MapPut("/initiatives/{id}", async (string id, InitiativeProfile initiative, HttpContext http, IClusterClient client) =>
            id != initiative.Id ? Mismatch() : await Save(http, id, "initiatives", created: false, key => client.GetGrain<IInitiativeGrain>(key).SetProfile(initiative)));

        return api;
    }

    private static async Task<IResult> Save(HttpContext http, string? id, string resource, bool created, Func<string, Task<RegistrationResult>> save)
    {
        http.Items[AuditMiddleware.ObjectItem] = id;
        if (string.IsNullOrWhiteSpace(id) || id.Length > Rules.MaxIdLength)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["An id of at most 64 lowercase letters, digits and '-' is required."] });
        }

        var result = await save(id);
        return result.Outcome != RegistrationOutcome.Accepted ? ApiResults.From(result, string.Empty)
            : created ? Results.Created($"{ApiSetup.Prefix}/{resource}/{id}", new { status = "accepted" })
            : Results.Ok(new { status = "accepted" });
    }

    private static IResult Mismatch() =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["id"] = ["The id in the body differs from the id in the path."] });
}
