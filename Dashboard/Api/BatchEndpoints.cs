using System.Security.Claims;
using Collab.Contracts.Activities;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;

namespace Collab.Dashboard.Api;

/// <summary>What happened to one item of a batch.</summary>
public sealed record BatchItemResult(int Index, string? Id, string Status, IReadOnlyDictionary<string, string[]>? Errors = null);

/// <summary>Registrations in bulk: every item is judged on its own, and the answer says per item what happened. Sending a batch again changes nothing.</summary>
public static class BatchEndpoints
{
    public const int MaxItems = 1000;

    public static RouteGroupBuilder MapBatches(this RouteGroupBuilder api)
    {
        api.MapPost("/support-sessions/batch", (SupportSession[] items, ClaimsPrincipal user, IClusterClient client) => Run(items, user, client));
        api.MapPost("/knowledge-contacts/batch", (KnowledgeContact[] items, ClaimsPrincipal user, IClusterClient client) => Run(items, user, client));
        return api;
    }

    private static async Task<IResult> Run<T>(T[] items, ClaimsPrincipal user, IClusterClient client)
        where T : IActivity
    {
        if (items.Length is 0 or > MaxItems)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["items"] = [$"A batch holds 1 to {MaxItems} registrations."] });
        }

        // Items of different members run side by side; each member's items go in one grain call, in order.
        var results = new BatchItemResult[items.Length];
        await Task.WhenAll(items.Select((item, index) => (item, index)).GroupBy(x => x.item?.OwnerId ?? string.Empty).Select(async group =>
        {
            var member = group.Key;
            var allowed = new List<(IActivity Item, int Index)>();
            foreach (var (item, index) in group)
            {
                if (item is null || string.IsNullOrWhiteSpace(member) || member.Length > Rules.MaxIdLength)
                {
                    results[index] = new BatchItemResult(index, item?.Id, "invalid", new Dictionary<string, string[]> { ["member"] = ["An existing member id is required."] });
                }
                else if (!user.MayRegisterFor(member))
                {
                    results[index] = new BatchItemResult(index, item.Id, "forbidden");
                }
                else
                {
                    allowed.Add((item, index));
                }
            }

            if (allowed.Count == 0)
            {
                return;
            }

            var answers = await client.GetGrain<IMemberGrain>(member).RegisterMany([.. allowed.Select(a => a.Item)]);
            for (var i = 0; i < allowed.Count; i++)
            {
                var (item, index) = allowed[i];
                results[index] = new BatchItemResult(index, item.Id, answers[i].Outcome.ToString().ToLowerInvariant(),
                    answers[i].Errors.Length == 0 ? null : ApiResults.Errors(answers[i]));
            }
        }));
        return Results.Ok(results);
    }
}
