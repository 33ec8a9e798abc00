using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Collab.Contracts.Activities;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Silo.Ledger;
using Collab.Tests.Support;

namespace Collab.Tests.Grains;

/// <summary>Topics are a set: the same registration with its topics in another order is a duplicate, also against ledgers written before.</summary>
public sealed class TopicSetTests(GarnetDomainFixture fixture) : IClassFixture<GarnetDomainFixture>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task The_same_topics_in_another_order_are_a_duplicate_not_a_conflict()
    {
        var member = Grains.GetGrain<IMemberGrain>("ocw");
        var session = SampleActivities.Session($"topics-{Guid.NewGuid():N}") with { Topics = [SupportTopic.Openness, SupportTopic.Dms, SupportTopic.IBabs] };
        Assert.Equal(RegistrationOutcome.Accepted, (await member.Register(session)).Outcome);
        var ledger = await LedgerCount();

        var again = await member.Register(session with { Topics = [SupportTopic.Dms, SupportTopic.IBabs, SupportTopic.Openness] });
        var other = await member.Register(session with { Topics = [SupportTopic.Dms, SupportTopic.IBabs] });

        Assert.Equal(RegistrationOutcome.Duplicate, again.Outcome);
        Assert.Equal(RegistrationOutcome.Conflict, other.Outcome);
        Assert.Equal(ledger, await LedgerCount());
    }

    [Fact]
    public async Task An_entry_hashed_with_its_topics_as_sent_is_still_the_same_registration()
    {
        var member = Grains.GetGrain<IMemberGrain>("ocw");
        var session = SampleActivities.Session($"old-form-{Guid.NewGuid():N}") with { Topics = [SupportTopic.Privacy, SupportTopic.Dms] };
        Assert.Equal(RegistrationOutcome.Accepted, (await member.Register(session)).Outcome);
        // As a ledger written before topics were a set holds it: the hash of the topics in the order they were sent.
        var store = fixture.Cluster.Store.GetDatabase();
        var seen = (string)(await store.HashGetAsync(LedgerKeys.Ids, session.Id))!;
        await store.HashSetAsync(LedgerKeys.Ids, session.Id, OldHash(session) + seen[seen.IndexOf('|', StringComparison.Ordinal)..]);
        var ledger = await LedgerCount();

        Assert.Equal(RegistrationOutcome.Duplicate, (await member.Register(session)).Outcome);
        Assert.Equal(RegistrationOutcome.Duplicate, (await member.Register(session with { Topics = [SupportTopic.Dms, SupportTopic.Privacy] })).Outcome);
        Assert.Equal(RegistrationOutcome.Conflict, (await member.Register(session with { Topics = [SupportTopic.Dms] })).Outcome);
        Assert.Equal(ledger, await LedgerCount());
    }

    private static string OldHash(IActivity activity)
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(activity, activity.GetType(), json))), 0, 16);
    }

    private async Task<long> LedgerCount() => await LedgerReads.CountAsync(fixture.Cluster.Store.GetDatabase());
}
