using System.Text;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>Each hostile request gets a 4xx that says what is wrong, never a 5xx, and the ledger is the same afterwards.</summary>
[Collection(AppHostCollection.Name)]
public sealed class HostileInputTests(RunningProduct product)
{
    [Theory]
    [MemberData(nameof(HostileCorpus.Cases), MemberType = typeof(HostileCorpus))]
    public async Task A_hostile_request_is_refused_with_a_helpful_4xx_and_changes_nothing(string name, string path, string contentType, string body)
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var before = await LedgerReads.CountAsync(store.GetDatabase());
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await manager.PostAsync(path, content, cancel);
        var text = await response.Content.ReadAsStringAsync(cancel);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{name}: {(int)response.StatusCode} {text}");
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.UnsupportedMediaType || text.Contains("\"title\"", StringComparison.Ordinal), $"{name}: no problem details: {text}");
        Assert.Equal(before, await LedgerReads.CountAsync(store.GetDatabase()));
    }
}
