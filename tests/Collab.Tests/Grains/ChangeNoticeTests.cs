using System.Text.Json;
using System.Threading.Channels;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Grains;

/// <summary>Every accepted change is announced on the store's pub/sub channel, naming what changed.</summary>
public sealed class ChangeNoticeTests(GarnetDomainFixture fixture) : IClassFixture<GarnetDomainFixture>
{
    [Fact]
    public async Task A_registration_announces_its_member_and_initiative()
    {
        var grains = fixture.Cluster.Client;
        var initiativeId = $"pop-up-{Guid.NewGuid():N}"[..20];
        await grains.GetGrain<IInitiativeGrain>(initiativeId).SetProfile(new InitiativeProfile(
            initiativeId, "Pop-up stores", "Pop-up stores", InitiativeKind.SupportProgramme, "ocw", ["ocw", "ezk"],
            new DateOnly(2024, 1, 1), null, System.Collections.Immutable.ImmutableDictionary<Indicator, decimal>.Empty));
        var notices = Channel.CreateUnbounded<ChangeNotice>();
        await fixture.Cluster.Store.GetSubscriber().SubscribeAsync(RedisChannel.Literal(ChangeNotice.Channel),
            (_, message) => notices.Writer.TryWrite(JsonSerializer.Deserialize<ChangeNotice>(message.ToString(), JsonSerializerOptions.Web)!));

        await grains.GetGrain<IMemberGrain>("lnv").Register(
            SampleActivities.Session($"notice-{Guid.NewGuid():N}", provider: "lnv", host: "ocw", initiative: initiativeId));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        // The member's and the initiative's figures reach the collaboration grain in the same flush or in consecutive ones.
        var members = new HashSet<string>();
        var initiatives = new HashSet<string>();
        while (!(members.Contains("lnv") && initiatives.Contains(initiativeId)))
        {
            var notice = await notices.Reader.ReadAsync(timeout.Token);
            Assert.True(notice.Version > 0);
            members.UnionWith(notice.MemberIds);
            initiatives.UnionWith(notice.InitiativeIds);
        }

        Assert.Contains(initiativeId, initiatives);
    }
}
