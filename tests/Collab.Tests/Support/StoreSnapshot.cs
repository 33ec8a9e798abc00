using System.Text.Json;
using Collab.Contracts.Directory;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using StackExchange.Redis;

namespace Collab.Tests.Support;

/// <summary>
/// What the store holds, in a form two moments can be compared by: the ledger's length and, read straight from every
/// member and initiative grain, the all-time indicator totals and trajectories.
/// </summary>
public sealed record StoreSnapshot(long LedgerLength, string Indicators)
{
    public static async Task<StoreSnapshot> TakeAsync(IClusterClient client, IDatabase store)
    {
        var listing = await client.GetGrain<IDirectoryGrain>(0).GetListing();
        var members = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var id in listing.MemberIds)
        {
            var figures = await client.GetGrain<IMemberGrain>(id).GetFigures();
            members[id] = figures is null ? null : new { figures.Sequence, Totals = IndicatorCalculator.Sum(figures.Months.Values) };
        }

        var trajectories = new SortedDictionary<string, ProcurementTrajectory>(StringComparer.Ordinal);
        foreach (var id in listing.Initiatives.Keys)
        {
            trajectories[id] = await client.GetGrain<IInitiativeGrain>(id).GetTrajectory();
        }

        var length = await LedgerReads.CountAsync(store);
        return new StoreSnapshot(length, JsonSerializer.Serialize(new { members, trajectories }));
    }
}
