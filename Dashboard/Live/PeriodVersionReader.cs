using System.Collections.Concurrent;
using Collab.Contracts.Indicators;
using Collab.Contracts.Periods;

namespace Collab.Dashboard.Live;

/// <summary>Asks the period's grain which version binds; a version's figures never change, so each is fetched once per process.</summary>
public sealed class PeriodVersionReader(IClusterClient client) : IPeriodVersionReader
{
    private readonly ConcurrentDictionary<(string Period, int Number), Task<CollaborationFigures?>> taken = new();

    public async Task<FixedView?> Binding(Period period)
    {
        if (PeriodKey.Of(period) is not { } key)
        {
            return null;
        }

        var grain = client.GetGrain<IPeriodVersionsGrain>(key);
        var version = (await grain.List()).LastOrDefault(v => v.IsCurrent && v.IsBinding);
        if (version is null)
        {
            return null;
        }

        var figures = await taken.GetOrAdd((key, version.Number), k => grain.Figures(k.Number));
        return figures is null ? null : new FixedView(version, figures);
    }
}
