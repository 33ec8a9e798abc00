using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;

namespace Collab.Silo.Demo;

/// <summary>What loading the demo did: how many registrations were counted and how many were refused.</summary>
public sealed record DemoLoadReport(int Counted, int Refused, IReadOnlyList<string> Problems);

/// <summary>Puts a demo data set through the grains exactly as users would: onboarding first, then every registration.</summary>
public static class DemoLoader
{
    public static async Task<DemoLoadReport> LoadAsync(IGrainFactory grains, DemoDataSet data, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        // Ministries before their agencies: an agency names its parent.
        foreach (var member in data.Members.OrderBy(m => m.Kind == MemberKind.Ministry ? 0 : 1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Note(problems, member.Id, await grains.GetGrain<IMemberGrain>(member.Id).SetProfile(member));
        }

        foreach (var initiative in data.Initiatives)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Note(problems, initiative.Id, await grains.GetGrain<IInitiativeGrain>(initiative.Id).SetProfile(initiative));
        }

        // Each owner's registrations in date order; owners side by side.
        var results = await Task.WhenAll(data.Activities.GroupBy(a => a is ProcurementUpdate u ? "initiative:" + u.InitiativeId : a.OwnerId)
            .Select(async owner =>
            {
                var outcomes = new List<(string Id, RegistrationResult Result)>();
                foreach (var activity in owner)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    outcomes.Add((activity.Id, await Register(grains, activity, cancellationToken)));
                }

                return outcomes;
            })).WaitAsync(cancellationToken); // A silo that stops does not wait for calls in flight: each is idempotent, and landed or not.

        var all = results.SelectMany(r => r).ToList();
        foreach (var (id, result) in all)
        {
            Note(problems, id, result);
        }

        return new DemoLoadReport(all.Count(r => r.Result.IsCounted), all.Count(r => !r.Result.IsCounted), problems);
    }

    /// <summary>Registrations are idempotent, so a call that failed on a busy store is simply sent again.</summary>
    private static async Task<RegistrationResult> Register(IGrainFactory grains, IActivity activity, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await Send(grains, activity);
            }
            catch (Exception ex) when (attempt < 5 && ex is not ArgumentException && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken);
            }
        }
    }

    private static Task<RegistrationResult> Send(IGrainFactory grains, IActivity activity) => activity switch
    {
        SupportSession s => grains.GetGrain<IMemberGrain>(s.OwnerId).Register(s),
        KnowledgeContact c => grains.GetGrain<IMemberGrain>(c.OwnerId).Register(c),
        ProcurementUpdate u => grains.GetGrain<IInitiativeGrain>(u.InitiativeId).Register(u),
        _ => throw new ArgumentException($"Unknown activity {activity.GetType().Name}", nameof(activity)),
    };

    private static void Note(List<string> problems, string id, RegistrationResult result)
    {
        if (!result.IsCounted)
        {
            problems.Add($"{id}: {result.Outcome} {string.Join("; ", result.Errors.Select(e => $"{e.Field} {e.Code}"))}");
        }
    }
}
