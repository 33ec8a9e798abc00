using System.Collections.Immutable;
using System.Security.Claims;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;

namespace Collab.Dashboard.Desk;

/// <summary>
/// The one way a registration enters, for the API (single and batch), the CSV import and the forms: the caller's right
/// (<see cref="RegistrationRights"/>) is checked here, on the server, before a grain is touched; the grain checks every
/// other rule and makes it durable. Each member's registrations go to its grain in one call.
/// </summary>
public sealed class RegistrationDesk(IClusterClient client, PageAudit audit)
{
    /// <summary>How long a few registrations may wait before a second attempt races the first: a call lost with a dying silo is never answered.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    /// <summary>Up to this many registrations of one member are sent again when not answered in time; a big import's batch just waits.</summary>
    private const int PatientBatch = 20;

    /// <summary>One registration from a form, with its line in the audit trail (the API's middleware writes the API's).</summary>
    public async Task<RegistrationResult> RegisterAudited(ClaimsPrincipal user, IActivity activity, string origin)
    {
        var result = await Register(user, activity);
        await audit.WriteAsync(user, ActivityKind.Of(activity).PathOf(activity.Id), StatusOf(result), origin);
        return result;
    }

    public async Task<RegistrationResult> Register(ClaimsPrincipal user, IActivity activity) =>
        (await RegisterMany(user, [activity]))[0];

    /// <summary>Many registrations, each judged on its own; one answer per registration, in order.</summary>
    public async Task<ImmutableArray<RegistrationResult>> RegisterMany(ClaimsPrincipal user, IReadOnlyList<IActivity?> activities)
    {
        var results = new RegistrationResult[activities.Count];
        var initiatives = await InitiativesOf(activities);
        var permitted = new List<(IActivity Activity, int Index)>();
        for (var i = 0; i < activities.Count; i++)
        {
            if (Precheck(user, activities[i], initiatives) is { } refused)
            {
                results[i] = refused;
            }
            else
            {
                permitted.Add((activities[i]!, i));
            }
        }

        // Members side by side; each member's registrations in one grain call, in order.
        await Task.WhenAll(permitted.GroupBy(p => p.Activity is ProcurementUpdate u ? (true, u.InitiativeId) : (false, p.Activity.OwnerId)).Select(async group =>
        {
            var items = group.ToList();
            var (answers, resent) = await ClusterRetry.Run(
                () => group.Key.Item1
                    ? RegisterInOrder(client.GetGrain<IInitiativeGrain>(group.Key.Item2), items.Select(p => (ProcurementUpdate)p.Activity))
                    : client.GetGrain<IMemberGrain>(group.Key.Item2).RegisterMany([.. items.Select(p => p.Activity)]),
                items.Count <= PatientBatch ? Patience : null);
            for (var i = 0; i < items.Count; i++)
            {
                // Sent again: a duplicate is our own first attempt, which arrived after all.
                results[items[i].Index] = resent && answers[i].Outcome == RegistrationOutcome.Duplicate ? RegistrationResult.Accepted : answers[i];
            }
        }));
        return [.. results];
    }

    /// <summary>The status the API answers with, so the audit trail reads the same for pages and API.</summary>
    public static int StatusOf(RegistrationResult result) => result.Outcome switch
    {
        RegistrationOutcome.Accepted => StatusCodes.Status201Created,
        RegistrationOutcome.Duplicate => StatusCodes.Status200OK,
        RegistrationOutcome.Conflict => StatusCodes.Status409Conflict,
        RegistrationOutcome.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status400BadRequest,
    };

    private static RegistrationResult? Precheck(ClaimsPrincipal user, IActivity? activity, IReadOnlyDictionary<string, InitiativeProfile> initiatives)
    {
        if (activity is null)
        {
            return RegistrationResult.Invalid([new FieldError("item", FieldErrorCode.Required, "A registration is required.")]);
        }

        if (string.IsNullOrWhiteSpace(activity.OwnerId) || activity.OwnerId.Length > Rules.MaxIdLength)
        {
            return RegistrationResult.Invalid([new FieldError(ActivityKind.Of(activity).OwnerField, FieldErrorCode.Required, "An existing member id is required.")]);
        }

        if (activity is ProcurementUpdate { InitiativeId: var id } && (string.IsNullOrWhiteSpace(id) || id.Length > Rules.MaxIdLength))
        {
            return RegistrationResult.Invalid([new FieldError("initiativeId", FieldErrorCode.Required, "An existing initiative id is required.")]);
        }

        return RegistrationRights.Refusal(user, activity, i => initiatives.GetValueOrDefault(i)) is { } reason
            ? RegistrationResult.Forbidden(reason)
            : null;
    }

    private async Task<IReadOnlyDictionary<string, InitiativeProfile>> InitiativesOf(IReadOnlyList<IActivity?> activities)
    {
        var ids = activities.Select(InitiativeOf).OfType<string>().Where(id => id.Length is > 0 and <= Rules.MaxIdLength).Distinct().ToList();
        var profiles = await Task.WhenAll(ids.Select(id => ClusterRetry.Run(() => client.GetGrain<IInitiativeGrain>(id).GetProfile(), Patience)));
        return profiles.Select(p => p.Answer).OfType<InitiativeProfile>().ToDictionary(p => p.Id);
    }

    private static string? InitiativeOf(IActivity? activity) => activity switch
    {
        ProcurementUpdate u => u.InitiativeId,
        SupportSession s => s.InitiativeId,
        KnowledgeContact c => c.InitiativeId,
        _ => null,
    };

    private static async Task<ImmutableArray<RegistrationResult>> RegisterInOrder(IInitiativeGrain trajectory, IEnumerable<ProcurementUpdate> updates)
    {
        var answers = ImmutableArray.CreateBuilder<RegistrationResult>();
        foreach (var update in updates)
        {
            answers.Add(await trajectory.Register(update));
        }

        return answers.ToImmutable();
    }
}
