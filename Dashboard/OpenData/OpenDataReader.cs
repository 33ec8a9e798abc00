using System.Collections.Concurrent;
using System.Collections.Immutable;
using Collab.Contracts.Periods;
using Microsoft.Extensions.Options;

namespace Collab.Dashboard.OpenData;

/// <summary>
/// Published versions only: a version is served when its own period says it is published, whatever the catalogue lists.
/// A version's figures never change, so each protected set is built once per process (again only when it gets superseded).
/// </summary>
public sealed class OpenDataReader(IClusterClient client, IOptions<OpenDataOptions> options)
{
    private readonly ConcurrentDictionary<(string Period, int Number, bool Superseded), Task<OpenDataSet?>> sets = new();

    public int MinimumGroupSize => options.Value.MinimumGroupSize;

    public Task<ImmutableArray<PeriodVersion>> Published() => client.GetGrain<IOpenDataCatalogueGrain>(0).Published();

    public async Task<OpenDataSet?> Set(string period, int number)
    {
        if (!PeriodKey.TryParse(period, out _))
        {
            return null;
        }

        var grain = client.GetGrain<IPeriodVersionsGrain>(period);
        var version = (await grain.List()).FirstOrDefault(v => v.Number == number);
        if (version is not { State: VersionState.Published })
        {
            return null;
        }

        return await sets.GetOrAdd((period, number, !version.IsCurrent), async _ =>
            await grain.Figures(number) is { } figures ? OpenDataSet.Build(version, figures, options.Value.MinimumGroupSize) : null);
    }
}
