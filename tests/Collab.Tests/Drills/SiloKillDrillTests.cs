using Collab.Tests.Drills.Harness;
using Collab.Tests.Support;

namespace Collab.Tests.Drills;

/// <summary>
/// Short drill: one of the two silos is killed (a process kill, no goodbye) while clients register at a steady pace with
/// retries. Every acknowledged registration is in the ledger and in the indicators once the cluster settles, retries count once.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class SiloKillDrillTests
{
    [Fact]
    public async Task Killing_a_silo_mid_ingest_loses_no_acknowledged_registration_and_never_double_counts()
    {
        var result = await SiloKillDrill.Run(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        DrillAssertions.NothingLost(result);
        Assert.Equal(1, result.ActiveSilos);
    }
}
