using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Directory;
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

    public Task<Versioned<MemberProfile>?> GetVersionedProfile() =>
        Task.FromResult(state.State.Figures is { } f ? new Versioned<MemberProfile>(f.Profile, state.State.ProfileRevision) : null);

    public Task<MemberFigures?> GetFigures() => Task.FromResult(state.State.Figures);

    public async Task<RegistrationResult> SetProfile(MemberProfile profile)
    {
        var write = await Save(profile);
        return write.Outcome == ProfileWriteOutcome.Saved ? RegistrationResult.Accepted : RegistrationResult.Invalid(write.Errors);
    }

    public Task<ProfileWrite> Create(MemberProfile profile) =>
        ProfileWrite.CreateUnlessExists(Id, state.State.Figures is not null, () => Save(profile));

    public Task<ProfileWrite> Update(MemberProfile profile, long revision) =>
        ProfileWrite.UpdateIfCurrent(Id, state.State.Figures is null ? null : state.State.ProfileRevision, revision, () => Save(profile));

    private async Task<ProfileWrite> Save(MemberProfile profile)
    {
        var errors = profile.Id == Id
            ? await directory.Validate(known => ProfileValidator.Validate(profile, new WithSelf(known, Id), Today))
            : [new FieldError("id", FieldErrorCode.Mismatch, $"The profile's id is not '{Id}'.")];
        if (errors.Length > 0)
        {
            return ProfileWrite.Invalid(errors);
        }

        var current = state.State.Figures;
        var figures = current is null ? MemberFigures.New(profile)
            // A changed left-on date changes what counts: fold the ledger again under the new profile.
            : current.Profile.LeftOn != profile.LeftOn ? await Refold(profile, current.Revision)
            : current.WithProfile(profile);
        state.State = state.State with { ProfileRevision = state.State.ProfileRevision + 1 };
        await Write(figures);
        await GrainFactory.GetGrain<Contracts.Directory.IDirectoryGrain>(0).AddMember(Id, profile.Kind, profile.LeftOn);
        return ProfileWrite.Saved(state.State.ProfileRevision);
    }

    private async Task<MemberFigures> Refold(MemberProfile profile, long revision) =>
        Fold(MemberFigures.New(profile), (await ledger.ReadAsync(Stream)).Select(RecordedActivity.From)) with { Revision = revision + 1 };

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
                _ => _ => [new FieldError("type", FieldErrorCode.Unsupported, "A member counts support sessions and knowledge-sharing contacts.")],
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
            return RegistrationResult.Invalid([new FieldError(OwnerField(activity), FieldErrorCode.WrongMember, $"This registration belongs to '{Id}'.")]);
        }

        if (state.State.Figures is not { } figures)
        {
            return RegistrationResult.Invalid([new FieldError(OwnerField(activity), FieldErrorCode.UnknownMember, $"There is no member '{Id}'.")]);
        }

        // The grain knows its own left-on date at once; the directory copy other silos hold may lag a few seconds.
        if (figures.Profile.LeftOn is { } left && activity.Date > left)
        {
            return RegistrationResult.Invalid([new FieldError(OwnerField(activity), FieldErrorCode.Left, $"'{Id}' left the collaboration on {left:yyyy-MM-dd}; nothing dated after that counts.")]);
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

        if (unsaved == 0)
        {
            // Armed again by the next registration: at 15,000 members, idle timers ticking every 5 s were 3,000 grain turns a second.
            snapshotTimer?.Dispose();
            snapshotTimer = null;
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

        public int MemberCount => Known.MemberCount + (Known.IsMember(Self) ? 0 : 1);

        public Contracts.Initiatives.InitiativeKind? InitiativeKind(string id) => Known.InitiativeKind(id);

        public MemberKind? MemberKindOf(string id) => Known.MemberKindOf(id);

        public DateOnly? LeftOnOf(string id) => Known.LeftOnOf(id);
    }
}
