using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Periods;
using Collab.Contracts.Registrations;

namespace Collab.Silo.Periods;

public sealed class PeriodVersionsGrain(
    [PersistentState("period-versions")] IPersistentState<PeriodVersionsState> state, TimeProvider time) : Grain, IPeriodVersionsGrain
{
    private Period Period => PeriodKey.TryParse(this.GetPrimaryKeyString(), out var period)
        ? period : throw new InvalidOperationException($"'{this.GetPrimaryKeyString()}' names no month, quarter or year.");

    public Task<ImmutableArray<PeriodVersion>> List() => Task.FromResult(state.State.Versions);

    public Task<CollaborationFigures?> Figures(int number) => Task.FromResult(state.State.Figures.GetValueOrDefault(number));

    public async Task<VersionWrite> Take(VersionState to, string actor, string reason)
    {
        if (Invalid(reason) is { } invalid)
        {
            return invalid;
        }

        if (to == VersionState.Published)
        {
            return VersionWrite.Invalid([new FieldError("state", FieldErrorCode.Transition, "A new version is a concept or fixed; publish it as a next step.")]);
        }

        if (state.State.Versions.FirstOrDefault(v => v.IsCurrent) is { } current)
        {
            return VersionWrite.Conflict("period", $"Version {current.Number} is current ({current.State}); supersede it instead.");
        }

        var (version, figures) = await Take(to, actor, reason, supersedes: null);
        await Write(state.State with { Versions = state.State.Versions.Add(version), Figures = state.State.Figures.SetItem(version.Number, figures) });
        return VersionWrite.Saved(version);
    }

    public async Task<VersionWrite> Advance(int number, VersionState to, string actor, string reason)
    {
        if (Invalid(reason) is { } invalid)
        {
            return invalid;
        }

        if (state.State.Versions.FirstOrDefault(v => v.Number == number) is not { } version)
        {
            return VersionWrite.NotFound(number);
        }

        // Only one step forward, and never on a version that was replaced.
        if (!version.IsCurrent || (int)to != (int)version.State + 1)
        {
            return VersionWrite.Conflict("state", $"Version {number} is {(version.IsCurrent ? version.State.ToString() : PeriodVersion.Superseded)}; it cannot become {to}.");
        }

        var advanced = version with { State = to, Steps = version.Steps.Add(new VersionStep(StepName(to), time.GetUtcNow(), actor, reason)) };
        await Write(state.State with { Versions = state.State.Versions.Replace(version, advanced) });
        if (to == VersionState.Published)
        {
            await GrainFactory.GetGrain<IOpenDataCatalogueGrain>(0).Record(advanced);
        }

        return VersionWrite.Saved(advanced);
    }

    public async Task<VersionWrite> Supersede(int number, string actor, string reason)
    {
        if (Invalid(reason) is { } invalid)
        {
            return invalid;
        }

        if (state.State.Versions.FirstOrDefault(v => v.Number == number) is not { } version)
        {
            return VersionWrite.NotFound(number);
        }

        if (!version.IsCurrent)
        {
            return VersionWrite.Conflict("state", $"Version {number} was superseded by version {version.SupersededBy} already.");
        }

        // A binding version is replaced by a binding one: the minutes always have fixed figures to refer to.
        var (next, figures) = await Take(version.IsBinding ? VersionState.Fixed : VersionState.Concept, actor, reason, supersedes: number);
        var old = version with
        {
            SupersededBy = next.Number,
            Steps = version.Steps.Add(new VersionStep(PeriodVersion.Superseded, time.GetUtcNow(), actor, reason)),
        };
        // One write for both: the old version is never marked replaced without its successor stored beside it.
        await Write(state.State with { Versions = state.State.Versions.Replace(version, old).Add(next), Figures = state.State.Figures.SetItem(next.Number, figures) });
        if (old.State == VersionState.Published)
        {
            await GrainFactory.GetGrain<IOpenDataCatalogueGrain>(0).Record(old);
        }

        return VersionWrite.Saved(next);
    }

    public static string StepName(VersionState to) => to.ToString().ToLowerInvariant();

    private static VersionWrite? Invalid(string reason)
    {
        var errors = new Rules().Text("reason", reason, Rules.MaxNoteLength, required: true).Errors;
        return errors.IsEmpty ? null : VersionWrite.Invalid(errors);
    }

    private async Task<(PeriodVersion Version, CollaborationFigures Figures)> Take(VersionState to, string actor, string reason, int? supersedes)
    {
        var live = await GrainFactory.GetGrain<ICollaborationGrain>(0).GetFigures();
        var number = state.State.Versions.Length + 1;
        var version = new PeriodVersion(this.GetPrimaryKeyString(), number, to, [new VersionStep(StepName(to), time.GetUtcNow(), actor, reason)], Supersedes: supersedes);
        return (version, FixedFigures.Take(live, Period));
    }

    private async Task Write(PeriodVersionsState next)
    {
        state.State = next;
        await state.WriteStateAsync();
    }
}
