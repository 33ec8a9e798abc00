using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Directory;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Registrations;
using Collab.Silo.Aggregation;
using Collab.Silo.Directory;
using Collab.Silo.Ledger;

namespace Collab.Silo.Initiatives;

/// <summary>An initiative's profile and, for an inkooptraject, its steps; procurement updates go through the ledger first.</summary>
public sealed class InitiativeGrain(
    [PersistentState("initiative")] IPersistentState<InitiativeState> state,
    ActivityLedger ledger,
    KnownIdsCache directory,
    TimeProvider time) : Grain, IInitiativeGrain
{
    private string Id => this.GetPrimaryKeyString();

    private string Stream => ActivityLedger.StreamOf("initiative", Id);

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Figures is not null)
        {
            await CatchUp();
        }
    }

    public Task<InitiativeProfile?> GetProfile() => Task.FromResult(state.State.Figures?.Profile);

    public Task<ProcurementTrajectory> GetTrajectory() => Task.FromResult(state.State.Figures?.Trajectory ?? ProcurementTrajectory.New);

    public Task<Versioned<InitiativeProfile>?> GetVersionedProfile() =>
        Task.FromResult(state.State.Figures is { } f ? new Versioned<InitiativeProfile>(f.Profile, state.State.ProfileRevision) : null);

    public async Task<RegistrationResult> SetProfile(InitiativeProfile profile)
    {
        var write = await Save(profile);
        return write.Outcome == ProfileWriteOutcome.Saved ? RegistrationResult.Accepted : RegistrationResult.Invalid(write.Errors);
    }

    public Task<ProfileWrite> Create(InitiativeProfile profile) =>
        ProfileWrite.CreateUnlessExists(Id, state.State.Figures is not null, () => Save(profile));

    public Task<ProfileWrite> Update(InitiativeProfile profile, long revision) =>
        ProfileWrite.UpdateIfCurrent(Id, state.State.Figures is null ? null : state.State.ProfileRevision, revision, () => Save(profile));

    private async Task<ProfileWrite> Save(InitiativeProfile profile)
    {
        var errors = profile.Id == Id
            ? await directory.Validate(known => ProfileValidator.Validate(profile, known))
            : [new FieldError("id", FieldErrorCode.Mismatch, $"The profile's id is not '{Id}'.")];
        if (errors.Length > 0)
        {
            return ProfileWrite.Invalid(errors);
        }

        var figures = state.State.Figures;
        state.State = state.State with { ProfileRevision = state.State.ProfileRevision + 1 };
        await Write(figures is null
            ? new InitiativeFigures(profile, ProcurementTrajectory.New, ImmutableDictionary<YearMonth, MonthFigures>.Empty)
            : figures with { Profile = profile, Revision = figures.Revision + 1 }, state.State.Sequence);
        await GrainFactory.GetGrain<IDirectoryGrain>(0).AddInitiative(Id, profile.Kind);
        return ProfileWrite.Saved(state.State.ProfileRevision);
    }

    public async Task<RegistrationResult> Register(ProcurementUpdate update)
    {
        if (state.State.Figures is not { } figures || update.InitiativeId != Id)
        {
            return RegistrationResult.Invalid([new FieldError("initiativeId", FieldErrorCode.UnknownInitiative, $"There is no initiative '{update.InitiativeId}'.")]);
        }

        var errors = await directory.Validate(known => RegistrationValidator.Validate(update, known, Today, figures.Trajectory.AsOn(update.Date).Phase));
        if (errors.Length > 0)
        {
            return RegistrationResult.Invalid(errors);
        }

        var recording = await ledger.RecordAsync(Stream, update, state.State.Sequence);
        if (recording.Answer is { } answer)
        {
            return answer;
        }

        await Apply(recording.ToApply);
        return RegistrationResult.Accepted;
    }

    private async Task CatchUp() => await Apply([.. (await ledger.ReadAsync(Stream, state.State.Sequence)).Select(RecordedActivity.From)]);

    private async Task Apply(IReadOnlyList<RecordedActivity> activities)
    {
        if (activities.Count > 0)
        {
            var figures = activities.Select(a => (ProcurementUpdate)a.Activity).Aggregate(state.State.Figures!, Apply);
            if (!figures.Profile.ParticipantIds.SequenceEqual(state.State.Figures!.Profile.ParticipantIds))
            {
                // Members joining change the profile: an edit based on the list before must not drop them.
                state.State = state.State with { ProfileRevision = state.State.ProfileRevision + 1 };
            }

            await Write(figures, state.State.Sequence + activities.Count);
        }
    }

    private static InitiativeFigures Apply(InitiativeFigures figures, ProcurementUpdate u)
    {
        var before = figures.Trajectory.AsOn(u.Date);
        var step = new TrajectoryStep(
            u.Date,
            u.Phase ?? before.Phase,
            u.EstimatedCostAlone ?? before.EstimatedCostAlone,
            u.JointCost ?? before.JointCost,
            u.RealisedOneOffSavings ?? before.RealisedOneOffSavings,
            u.RealisedStructuralSavings ?? before.RealisedStructuralSavings);
        var joining = u.JoiningMemberIds.IsDefault ? [] : u.JoiningMemberIds;
        var participants = figures.Profile.ParticipantIds.Union(joining).ToImmutableArray();
        return figures with
        {
            Profile = figures.Profile with { ParticipantIds = participants },
            Trajectory = figures.Trajectory.With(step),
            Revision = figures.Revision + 1,
        };
    }

    private async Task Write(InitiativeFigures figures, long sequence)
    {
        state.State = state.State with { Figures = figures, Sequence = sequence };
        await state.WriteStateAsync();
        GrainFactory.GetGrain<IFiguresBufferGrain>(0).Enqueue(figures).Ignore();
    }
}
