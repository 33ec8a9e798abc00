using System.Net;
using System.Net.Http.Json;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>Over HTTP too, a registration sent again with its topics in another order is the same registration: 200 duplicate, not 409.</summary>
[Collection(AppHostCollection.Name)]
public sealed class TopicSetApiTests(RunningProduct product)
{
    [Fact]
    public async Task A_session_sent_again_with_its_topics_in_another_order_is_a_duplicate()
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        using var registrar = await ApiClients.As(product.App, "registrar", "ocw");
        object Session(params string[] topics) => new
        {
            id = "topic-order-api",
            date = "2025-05-05",
            providingMemberId = "ocw",
            hostMemberId = "ezk",
            format = "workshop",
            topics,
            peopleHelped = 4,
            durationMinutes = 45,
            leaflets = 0,
        };

        var first = await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session("privacy", "dms", "openness"), cancel);
        var again = await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session("dms", "openness", "privacy"), cancel);
        var other = await registrar.PostAsJsonAsync("/api/v1/support-sessions", Session("dms", "openness"), cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("duplicate", await again.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
    }
}
