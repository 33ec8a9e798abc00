using Collab.Tests.Drills;
using Collab.Tests.Drills.Harness;
using Collab.Tests.Support;

namespace Collab.Tests.Integration;

/// <summary>Write, stop every process (AppHost included), start again on the same data folder: what was acknowledged is there.</summary>
[Collection(AppHostCollection.Name)]
public sealed class RestartDurabilityTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("embedded")]
    [InlineData("server")]
    public async Task Every_registration_acknowledged_before_a_full_stop_is_there_after_a_start(string storeMode)
    {
        DrillAssertions.NothingLost(await RestartDrill.Run(storeMode, TimeSpan.FromSeconds(5), Cancel));
    }
}
