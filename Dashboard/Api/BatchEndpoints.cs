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
        api.MapPost("/support-sessions/batch", (SupportSession[] items, ClaimsPrincipal user, IClusterClient client) =>
            Run(items, user, s => s.ProvidingMemberId, s => client.GetGrain<IMemberGrain>(s.ProvidingMemberId).Register(s)));
        api.MapPost("/knowledge-contacts/batch", (KnowledgeContact[] items, ClaimsPrincipal user, IClusterClient client) =>
            Run(items, user, c => c.FromMemberId, c => client.GetGrain<IMemberGrain>(c.FromMemberId).Register(c)));
        return api;
    }

    private static async Task<IResult> Run<T>(T[] items, ClaimsPrincipal user, Func<T, string?> member, Func<T, Task<RegistrationResult>> register)
        where T : IActivity
    {
        if (items.Length is 0 or > MaxItems)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["items"] = [$"A batch holds 1 to {MaxItems} registrations."] });
        }

        // Items of different members run side by side; each member's items in order.
        var results = new BatchItemResult[items.Length];
        await Task.WhenAll(items.Select((item, index) => (item, index)).GroupBy(x => member(x.item) ?? string.Empty).Select(async group =>
        {
            foreach (var (item, index) in group)
            {
                results[index] = await One(item, index, member(item), user, register);
            }
        }));
        return Results.Ok(results);
    }

    private static async Task<BatchItemResult> One<T>(T item, int index, string? member, ClaimsPrincipal user, Func<T, Task<RegistrationResult>> register)
    {
        var id = (item as IActivity)?.Id;
        if (string.IsNullOrWhiteSpace(member) || member.Length > Rules.MaxIdLength)
        {
            return new BatchItemResult(index, id, "invalid", new Dictionary<string, string[]> { ["member"] = ["An existing member id is required."] });
        }

        if (!user.MayRegisterFor(member))
        {
            return new BatchItemResult(index, id, "forbidden");
        }

        var result = await register(item);
        return new BatchItemResult(index, id, result.Outcome.ToString().ToLowerInvariant(),
            result.Errors.Length == 0 ? null : ApiResults.Errors(result));
    }
}
