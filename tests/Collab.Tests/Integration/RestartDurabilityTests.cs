using Collab.Contracts.Members;
using Collab.Tests.Support;

namespace Collab.Tests.Integration;

/// <summary>Write through a grain, stop every process (AppHost included), start again on the same data folder: the write is there.</summary>
[Collection(AppHostCollection.Name)]
public sealed class RestartDurabilityTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("embedded")]
    [InlineData("server")]
    public async Task A_member_written_before_a_full_stop_is_there_after_a_start(string storeMode)
    {
        using var data = new TempFolder();
        var profile = SampleMembers.Duo();

        await using (var first = await CollabApp.StartAsync(storeMode, data.Path, Cancel))
        {
            await using var orleans = await first.ConnectClient();
            await orleans.Client.OnboardAsync(SampleMembers.Ocw(), profile);
        }

        await using var second = await CollabApp.StartAsync(storeMode, data.Path, Cancel);
        await using var again = await second.ConnectClient();

        Assert.Equal(profile, await again.Client.GetGrain<IMemberGrain>(profile.Id).GetProfile());
    }
}
