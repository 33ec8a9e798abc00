using System.Net;
using System.Net.Http.Headers;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>Each hostile file gets a 4xx that says what is wrong, never a 5xx, and the store is the same afterwards.</summary>
[Collection(AppHostCollection.Name)]
public sealed class HostileImportTests(RunningProduct product)
{
    [Theory]
    [MemberData(nameof(HostileCsvCorpus.Cases), MemberType = typeof(HostileCsvCorpus))]
    public async Task A_hostile_file_is_refused_with_a_helpful_4xx_and_changes_nothing(string name, string path, string contentType, byte[] body)
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        await using var orleans = await product.App.ConnectClient();
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var before = await StoreSnapshot.TakeAsync(orleans.Client, store.GetDatabase());
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await manager.PostAsync(path, content, cancel);
        var text = await response.Content.ReadAsStringAsync(cancel);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{name}: {(int)response.StatusCode} {text}");
        Assert.True(text.Contains("\"title\"", StringComparison.Ordinal) && text.Contains("\"detail\"", StringComparison.Ordinal), $"{name}: no problem details: {text}");
        Assert.Equal(before, await StoreSnapshot.TakeAsync(orleans.Client, store.GetDatabase()));
    }

    [Fact]
    public async Task A_20_MB_upload_is_refused_with_413_and_changes_nothing()
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        await using var orleans = await product.App.ConnectClient();
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var before = await StoreSnapshot.TakeAsync(orleans.Client, store.GetDatabase());
        var row = System.Text.Encoding.UTF8.GetBytes("big;2024-01-05;ocw;ezk;workshop;1;5;padding\n");
        var body = new byte[20 * 1024 * 1024];
        for (var at = 0; at + row.Length <= body.Length; at += row.Length)
        {
            row.CopyTo(body, at);
        }

        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        HttpResponseMessage response;
        try
        {
            response = await manager.PostAsync("/api/v1/imports/support-sessions", content, cancel);
        }
        catch (HttpRequestException)
        {
            // The server may answer 413 and close the connection before the client finished sending: also a refusal.
            Assert.Equal(before, await StoreSnapshot.TakeAsync(orleans.Client, store.GetDatabase()));
            return;
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("\"title\"", await response.Content.ReadAsStringAsync(cancel), StringComparison.Ordinal);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(orleans.Client, store.GetDatabase()));
    }
}
