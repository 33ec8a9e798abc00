using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Silo.Aggregation;
using Collab.Silo.Directory;
using Collab.Silo.Ledger;
using Orleans.Storage;

namespace Collab.Silo.Members;

/// <summary>
/// A member's registrations: validated, appended to the ledger (durable) and folded into the month figures before the
/// caller hears "accepted". The ledger is the truth; the stored state is a snapshot of its fold, written every
/// <see cref="SnapshotEvery"/> entries, after <see cref="SnapshotAfter"/> and at deactivation, and caught up from the
/// ledger on activation, so a crash between an append and its snapshot loses nothing and counts nothing twice.
/// </summary>
public sealed class MemberGrain(
    [PersistentState("member")] IPersistentState<MemberState> state,
    ActivityLedger ledger,
    KnownIdsCache directory,
    TimeProvider time) : Grain, IMemberGrain
{
    /// <summary>Entries folded since the last snapshot that make the next registration write one.</summary>
    public const int SnapshotEvery = 1_000;

    /// <summary>How long entries may wait for a snapshot: bounds the ledger a reactivation reads.</summary>
    public static readonly TimeSpan SnapshotAfter = TimeSpan.FromSeconds(5);

    private long unsaved;
    private IGrainTimer? snapshotTimer;

    private string Id => this.GetPrimaryKeyString();

    private string Stream => ActivityLedger.StreamOf("member", Id);

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Figures is { } figures)
        {
            await CatchUp(figures);
        }
    }

    public Task<MemberProfile?> GetProfile() => Task.FromResult(state.State.Figures?.Profile);

    public Task<MemberFigures?> GetFigures() => Task.FromResult(state.State.Figures);

    public async Task<RegistrationResult> SetProfile(MemberProfile profile)
    {
        var errors = profile.Id == Id
            ? await directory.Validate(known => ProfileValidator.Validate(profile, new WithSelf(known, Id), Today))
            : [new FieldError("id", "mismatch", $"The profile's id is not '{Id}'.")];
        if (errors.Length > 0)
        {
            return RegistrationResult.Invalid(errors);
        }

        await Write(state.State.Figures?.WithProfile(profile) ?? MemberFigures.New(profile));
        await GrainFactory.GetGrain<Contracts.Directory.IDirectoryGrain>(0).AddMember(Id);
        return RegistrationResult.Accepted;
    }

    public async Task<RegistrationResult> Register(SupportSession session) => (await RegisterMany([session]))[0];

    public async Task<RegistrationResult> Register(KnowledgeContact contact) => (await RegisterMany([contact]))[0];

    public async Task<ImmutableArray<RegistrationResult>> RegisterMany(ImmutableArray<IActivity> activities)
    {
        var answers = new RegistrationResult[activities.Length];
        var valid = new List<(int Index, IActivity Activity)>();
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            answers[i] = await Check(activity, activity switch
            {
                SupportSession s => known => RegistrationValidator.Validate(s, known, Today),
                KnowledgeContact c => known => RegistrationValidator.Validate(c, known, Today),
                _ => _ => [new FieldError("type", "unsupported", "A member counts support sessions and knowledge-sharing contacts.")],
            });
            if (answers[i] == RegistrationResult.Accepted)
            {
                valid.Add((i, activity));
            }
        }

        if (valid.Count > 0 && state.State.Figures is { } figures)
        {
            var (recorded, toApply) = await ledger.RecordManyAsync(Stream, [.. valid.Select(v => v.Activity)], figures.Sequence);
            for (var v = 0; v < valid.Count; v++)
            {
                answers[valid[v].Index] = recorded[v];
            }

            if (toApply.Count > 0)
            {
                await Count(Fold(figures, toApply), toApply.Count);
            }
        }

        return [.. answers];
    }

    /// <summary>Accepted when the activity may be counted by this member; otherwise the reasons it may not.</summary>
    private async Task<RegistrationResult> Check(IActivity activity, Func<IKnownIds, ImmutableArray<FieldError>> validate)
    {
        if (activity.OwnerId != Id)
        {
            return RegistrationResult.Invalid([new FieldError(OwnerField(activity), "wrong-member", $"This registration belongs to '{Id}'.")]);
        }

        if (state.State.Figures is null)
        {
            return RegistrationResult.Invalid([new FieldError(OwnerField(activity), "unknown-member", $"There is no member '{Id}'.")]);
        }

        var errors = await directory.Validate(validate);
        return errors.Length > 0 ? RegistrationResult.Invalid(errors) : RegistrationResult.Accepted;
    }

    public async Task<MemberFigures?> RebuildFromLedger()
    {
        if (state.State.Figures is not { } current)
        {
            return null;
        }

        var rebuilt = Fold(MemberFigures.New(current.Profile), (await ledger.ReadAsync(Stream)).Select(RecordedActivity.From));
        await Write(rebuilt with { Revision = current.Revision + 1 });
        return state.State.Figures;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (unsaved > 0)
        {
            await Write(state.State.Figures!);
        }
    }

    private async Task CatchUp(MemberFigures figures)
    {
        var missing = await ledger.ReadAsync(Stream, figures.Sequence);
        if (missing.Count > 0)
        {
            await Write(Fold(figures, missing.Select(RecordedActivity.From)));
        }
    }

    /// <summary>Counts appended entries in memory (the ledger has them already); the state is written as a snapshot.</summary>
    private async Task Count(MemberFigures figures, int entries)
    {
        unsaved += entries;
        if (unsaved >= SnapshotEvery)
        {
            await Write(figures);
            return;
        }

        state.State = state.State with { Figures = figures };
        GrainFactory.GetGrain<IFiguresBufferGrain>(0).Enqueue(figures).Ignore();
        snapshotTimer ??= this.RegisterGrainTimer(Snapshot, new GrainTimerCreationOptions(SnapshotAfter, SnapshotAfter));
    }

    private async Task Snapshot(CancellationToken cancellationToken)
    {
        if (unsaved > 0)
        {
            try
            {
                await Write(state.State.Figures!);
            }
            catch (InconsistentStateException)
            {
                // Another activation wrote since we read: ours is not the one to keep; a new one catches up from the ledger.
                DeactivateOnIdle();
            }
        }
    }

    private static MemberFigures Fold(MemberFigures figures, IEnumerable<RecordedActivity> activities) =>
        activities.Aggregate(figures, (f, a) => f.Add(a.Activity, a.RecordedAt));

    private async Task Write(MemberFigures figures)
    {
        state.State = state.State with { Figures = figures };
        await state.WriteStateAsync();
        unsaved = 0;
        // Off the synchronous path: the silo's buffer forwards the newest figures in batches.
        GrainFactory.GetGrain<IFiguresBufferGrain>(0).Enqueue(figures).Ignore();
    }

    private static string OwnerField(IActivity activity) => activity is KnowledgeContact ? "fromMemberId" : "providingMemberId";

    /// <summary>Onboarding may name the member itself before the directory lists it.</summary>
    private sealed record WithSelf(IKnownIds Known, string Self) : IKnownIds
    {
        public bool IsMember(string id) => id == Self || Known.IsMember(id);

        public Contracts.Initiatives.InitiativeKind? InitiativeKind(string id) => Known.InitiativeKind(id);
    }
}
