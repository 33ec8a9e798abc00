using Collab.Tests.Drills.Harness;

namespace Collab.Tests.Drills;

/// <summary>What every drill must show: no 5xx but 503, enough acknowledged, none lost, ledger and indicators equal to what was acknowledged.</summary>
public static class DrillAssertions
{
    public static void NothingLost(DrillResult result, int minimumAcknowledged = 20)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(result.ToString());
        Assert.Empty(result.Unexpected);
        Assert.True(result.Acknowledged >= minimumAcknowledged, result.ToString());
        Assert.Equal(0, result.Lost);
        Assert.Equal(result.Acknowledged, result.InLedger);
        Assert.Equal(result.Acknowledged, result.InIndicators);
    }
}
