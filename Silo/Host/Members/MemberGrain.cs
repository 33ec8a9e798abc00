using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Silo.Aggregation;
using Collab.Silo.Directory;
using Collab.Silo.Ledger;

namespace Collab.Silo.Members;

/// <summary>
/// A member's registrations: validated, appended to the ledger, folded into the month figures and written,
/// all before the caller hears "accepted". The ledger is the truth; the state is its fold and catches up on activation.
/// </summary>
public sealed class MemberGrain(
    [PersistentState("member")] IPersistentState<MemberState> state,
    ActivityLedger ledger,
    KnownIdsCache directory,
    TimeProvider time) : Grain, IMemberGrain
{
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

    public Task<RegistrationResult> Register(SupportSession session) =>
        Register(session, known => RegistrationValidator.Validate(session, known, Today));

    public Task<RegistrationResult> Register(KnowledgeContact contact) =>
        Register(contact, known => RegistrationValidator.Validate(contact, known, Today));

    private async Task<RegistrationResult> Register(IActivity activity, Func<IKnownIds, ImmutableArray<FieldError>> validate)
    {
        if (activity.OwnerId != Id)
        {
            return RegistrationResult.Invalid([new FieldError(OwnerField(activity), "wrong-member", $"This registration belongs to '{Id}'.")]);
        }

        if (state.State.Figures is not { } figures)
        {
            return RegistrationResult.Invalid([new FieldError(OwnerField(activity), "unknown-member", $"There is no member '{Id}'.")]);
        }

        var errors = await directory.Validate(validate);
        if (errors.Length > 0)
        {
            return RegistrationResult.Invalid(errors);
        }

        var recording = await ledger.RecordAsync(Stream, activity, figures.Sequence);
        if (recording.Answer is { } answer)
        {
            return answer;
        }

        await Write(Fold(figures, recording.ToApply));
        return RegistrationResult.Accepted;
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

    private async Task CatchUp(MemberFigures figures)
    {
        var missing = await ledger.ReadAsync(Stream, figures.Sequence);
        if (missing.Count > 0)
        {
            await Write(Fold(figures, missing.Select(RecordedActivity.From)));
        }
    }

    private static MemberFigures Fold(MemberFigures figures, IEnumerable<RecordedActivity> activities) =>
        activities.Aggregate(figures, (f, a) => f.Add(a.Activity, a.RecordedAt));

    private async Task Write(MemberFigures figures)
    {
        state.State = state.State with { Figures = figures };
        await state.WriteStateAsync();
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
