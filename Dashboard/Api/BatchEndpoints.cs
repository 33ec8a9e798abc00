using System.Security.Claims;
using Collab.Contracts.Activities;
using Collab.Dashboard.Desk;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Collab.Dashboard.Api;

/// <summary>What happened to one item of a batch.</summary>
public sealed record BatchItemResult(int Index, string? Id, string Status, IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>Registrations in bulk: every item is judged on its own, and the answer says per item what happened. Sending a batch again changes nothing.</summary>
public static class BatchEndpoints
{
    public const int MaxItems = 1000;

    public static RouteGroupBuilder MapBatches(this RouteGroupBuilder api)
    {
        api.MapPost("/support-sessions/batch", (SupportSession?[] items, ClaimsPrincipal user, RegistrationDesk desk) => Run(items, user, desk));
        api.MapPost("/knowledge-contacts/batch", (KnowledgeContact?[] items, ClaimsPrincipal user, RegistrationDesk desk) => Run(items, user, desk));
        return api;
    }

    private static async Task<Results<Ok<BatchItemResult[]>, ValidationProblem>> Run(IActivity?[] items, ClaimsPrincipal user, RegistrationDesk desk)
    {
        if (items.Length is 0 or > MaxItems)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["items"] = [$"A batch holds 1 to {MaxItems} registrations."] },
                detail: $"Send 1 to {MaxItems} registrations in one batch.");
        }

        var answers = await desk.RegisterMany(user, items);
        return TypedResults.Ok(answers.Select((answer, index) => new BatchItemResult(index, items[index]?.Id, answer.Outcome.ToString().ToLowerInvariant(),
            answer.Errors.Length == 0 ? null : ApiResults.Errors(answer))).ToArray());
    }
}
