using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Collab.Contracts.Activities;
using Collab.Silo.Ledger;
using static Collab.Tests.Domain.ValidationFixture;

namespace Collab.Tests.Domain;

/// <summary>Topics (and joining members) are sets: the same set in another order is the same content, and sorted content hashes as before.</summary>
public sealed class ActivityContentTests
{
    [Fact]
    public void The_same_topics_in_another_order_are_the_same_content_and_hash()
    {
        var sorted = PopUp with { Topics = [SupportTopic.Dms, SupportTopic.IBabs, SupportTopic.Privacy] };
        var shuffled = PopUp with { Topics = [SupportTopic.Privacy, SupportTopic.Dms, SupportTopic.IBabs] };

        Assert.Equal(ActivityContent.Of(sorted), ActivityContent.Of(shuffled));
        Assert.Equal(LedgerEntry.ContentHash(sorted), LedgerEntry.ContentHash(shuffled));
        Assert.NotEqual(LedgerEntry.ContentHash(sorted), LedgerEntry.ContentHash(sorted with { Topics = [SupportTopic.Dms, SupportTopic.IBabs] }));
    }

    [Fact]
    public void The_same_joining_members_in_another_order_are_the_same_content()
    {
        Assert.Equal(ActivityContent.Of(Update with { JoiningMemberIds = ["ezk", "duo"] }), ActivityContent.Of(Update with { JoiningMemberIds = ["duo", "ezk"] }));
        Assert.NotEqual(ActivityContent.Of(Update with { JoiningMemberIds = ["duo"] }), ActivityContent.Of(Update with { JoiningMemberIds = ["duo", "ezk"] }));
    }

    [Fact]
    public void Content_whose_sets_were_already_in_order_hashes_as_ledgers_written_before_sets_were_sorted()
    {
        // The hash as the ledger computed it before: the activity as sent, web names, kebab-case enums, SHA-256, first 16 bytes.
        var before = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };
        static string OldHash(IActivity a, JsonSerializerOptions o) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(a, a.GetType(), o))), 0, 16);

        IActivity[] inOrder = [PopUp, PopUp with { Topics = [] }, Exchange, Update with { JoiningMemberIds = ["duo", "ezk"] }];
        Assert.All(inOrder, a => Assert.Equal(OldHash(a, before), LedgerEntry.ContentHash(a)));
        Assert.Contains("\"topics\":[\"dms\",\"i-babs\"]", ActivityContent.Of(PopUp with { Topics = [SupportTopic.IBabs, SupportTopic.Dms] }), StringComparison.Ordinal);
    }
}
