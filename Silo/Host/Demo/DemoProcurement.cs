using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using static Collab.Contracts.Initiatives.ProcurementPhase;
using static Collab.Silo.Demo.DemoInitiatives;
using static Collab.Silo.Demo.DemoMembers;

namespace Collab.Silo.Demo;

/// <summary>
/// The inkooptrajecten month by month: the DMS licences go from orientation to contract and start saving,
/// agencies join once they are members; the scanning trajectory starts a year later and is awarded by the end.
/// </summary>
internal static class DemoProcurement
{
    public static ImmutableArray<ProcurementUpdate> Create(DemoContext context)
    {
        var random = context.Random;
        var alone = random.Euros(1500, 1900);
        // Each update states the whole amount; "alone +=" grows the estimate as the scope is refined and agencies join.
        var steps = new List<(string Trajectory, string Lead, int Month, ProcurementPhase? Phase, decimal? Alone, decimal? Joint,
            decimal? OneOff, decimal? Structural, ImmutableArray<string> Joining)>
        {
            (DmsLicences, Ezk, 0, Orientation, alone, null, null, null, [Ocw, Ezk, Lnv]),
            (DmsLicences, Ezk, 3, null, alone += random.Euros(50, 150), null, null, null, []),
            (DmsLicences, Ezk, 5, Tender, null, Share(alone, 0.78m), null, null, []),
            (DmsLicences, Ezk, 7, null, alone += random.Euros(250, 400), Share(alone, 0.76m), null, null, [Duo]),
            (DmsLicences, Ezk, 10, Awarded, null, Share(alone, 0.72m), null, null, []),
            (DmsLicences, Ezk, 11, null, alone += random.Euros(200, 300), Share(alone, 0.72m), null, null, [Rvo]),
            (DmsLicences, Ezk, 13, Contracted, null, null, random.Euros(60, 120), null, []),
        };

        // Structural savings come in per quarter once the contract runs; each update states the running total.
        var structural = 0m;
        foreach (var month in new[] { 16, 19, 22 })
        {
            steps.Add((DmsLicences, Ezk, month, null, null, null, null, structural += random.Euros(40, 70), []));
        }

        var scanningAlone = random.Euros(600, 900);
        steps.Add((Scanning, Ocw, ScanningStartMonth, Orientation, scanningAlone, null, null, null, [Ocw, Ezk, Na]));
        steps.Add((Scanning, Ocw, ScanningStartMonth + 3, null, null, Share(scanningAlone, 0.8m), null, null, []));
        steps.Add((Scanning, Ocw, ScanningStartMonth + 6, Tender, null, null, null, null, []));
        steps.Add((Scanning, Ocw, ScanningStartMonth + 9, Awarded, null, Share(scanningAlone, 0.74m), null, null, []));

        return [.. steps.Select(s => new ProcurementUpdate(
            context.Ids.Procurement(), context.Window.DayOf(s.Month, random.Next(3, 26)), s.Trajectory, s.Lead,
            s.Phase, s.Alone, s.Joint, s.OneOff, s.Structural, s.Joining))];
    }

    // A joint price as a share of buying alone, rounded to thousands as budgets are.
    private static decimal Share(decimal alone, decimal factor) => Math.Round(alone * factor / 1000m) * 1000m;
}
