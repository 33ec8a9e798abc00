using System.Text.Json.Nodes;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collab.Dashboard.Api;

/// <summary>GET one member, initiative or registration: every <c>Location</c> the API answers with can be read back.</summary>
public static class ItemEndpoints
{
    public static RouteGroupBuilder MapItems(this RouteGroupBuilder api)
    {
        // The ETag is the profile's revision: a PUT sends it back in If-Match.
        api.MapGet("/members/{id}", async Task<Results<Ok<MemberProfile>, ProblemHttpResult>> (string id, HttpContext http, IClusterClient client) =>
        {
            if (!Valid(id) || await client.GetGrain<IMemberGrain>(id).GetVersionedProfile() is not { } member)
            {
                return NotFound("member", id);
            }

            http.Response.Headers.ETag = ProfileETag.Of(member.Revision);
            return TypedResults.Ok(member.Profile);
        });

        api.MapGet("/initiatives/{id}", async Task<Results<Ok<InitiativeItem>, ProblemHttpResult>> (string id, HttpContext http, IClusterClient client) =>
        {
            if (!Valid(id) || await client.GetGrain<IInitiativeGrain>(id).GetVersionedProfile() is not { } initiative)
            {
                return NotFound("initiative", id);
            }

            var trajectory = await client.GetGrain<IInitiativeGrain>(id).GetTrajectory();
            http.Response.Headers.ETag = ProfileETag.Of(initiative.Revision);
            return TypedResults.Ok(new InitiativeItem(initiative.Profile, trajectory.Current.Phase));
        });

        foreach (var (resource, kind, type) in new[] { ("support-sessions", "support-session", typeof(Contracts.Activities.SupportSession)), ("knowledge-contacts", "knowledge-contact", typeof(Contracts.Activities.KnowledgeContact)), ("procurement-updates", "procurement-update", typeof(Contracts.Activities.ProcurementUpdate)) })
        {
            api.MapGet($"/{resource}/{{id}}", async (string id, IClusterClient client) =>
            {
                if (!Valid(id) || await client.GetGrain<IRegistrationLookupGrain>(0).Find(id) is not { } stored || stored.Kind != kind)
                {
                    return NotFound(kind.Replace('-', ' '), id);
                }

                // The activity exactly as it was stored, with the moment the ledger took it.
                var body = JsonNode.Parse(stored.ActivityJson)!.AsObject();
                body["recordedAt"] = stored.RecordedAt;
                return Results.Json(body);
            }).Produces(StatusCodes.Status200OK, type).WithDescription("The registration as it was stored, with recordedAt: the moment the ledger took it.");
        }

        return api;
    }

    private static bool Valid(string id) => !string.IsNullOrWhiteSpace(id) && id.Length <= Rules.MaxIdLength;

    private static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(title: $"No such {what}", detail: $"There is no {what} '{(id.Length <= Rules.MaxIdLength ? id : id[..Rules.MaxIdLength] + "…")}'.",
            statusCode: StatusCodes.Status404NotFound);
}
