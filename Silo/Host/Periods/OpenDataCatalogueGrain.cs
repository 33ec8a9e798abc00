using System.Collections.Immutable;
using Collab.Contracts.Periods;

namespace Collab.Silo.Periods;

public sealed class OpenDataCatalogueGrain([PersistentState("open-data-catalogue")] IPersistentState<OpenDataCatalogueState> state) : Grain, IOpenDataCatalogueGrain
{
    public Task<ImmutableArray<PeriodVersion>> Published() => Task.FromResult(state.State.Versions);

    public async Task Record(PeriodVersion version)
    {
        var others = state.State.Versions.Where(v => v.Period != version.Period || v.Number != version.Number);
        state.State = state.State with
        {
            Versions = [.. others.Append(version).OrderBy(v => v.Period, StringComparer.Ordinal).ThenBy(v => v.Number)],
        };
        await state.WriteStateAsync();
    }
}

[GenerateSerializer]
public sealed record OpenDataCatalogueState
{
    [Id(0)] public int Version { get; init; } = 1;

    [Id(1)] public ImmutableArray<PeriodVersion> Versions { get; init; } = [];
}
