using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Api;

/// <summary>Each input that could mean two things is refused with a 400 naming its field (or JSON path), and the store is the same afterwards.</summary>
[Collection(AppHostCollection.Name)]
public sealed class HostileInputRuleTests(RunningProduct product)
{
    [Theory]
    [MemberData(nameof(InputRuleCorpus.Api), MemberType = typeof(InputRuleCorpus))]
    public async Task An_ambiguous_request_is_refused_naming_the_field_and_changes_nothing(string name, string path, string body, string field)
    {
        var (status, problem) = await PostUnchanged(path, "application/json", Encoding.UTF8.GetBytes(body));

        Assert.True(status == HttpStatusCode.BadRequest, $"{name}: {(int)status} {problem}");
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any(e => string.Equals(e.Name, field, StringComparison.OrdinalIgnoreCase)),
            $"{name}: no error on {field}: {problem}");
    }

    [Theory]
    [MemberData(nameof(InputRuleCorpus.Csv), MemberType = typeof(InputRuleCorpus))]
    public async Task An_ambiguous_CSV_row_is_refused_naming_the_column_and_changes_nothing(string name, string csv, string field)
    {
        var (status, problem) = await PostUnchanged("/api/v1/imports/support-sessions", "text/csv", Encoding.UTF8.GetBytes(csv));

        Assert.True(status == HttpStatusCode.BadRequest, $"{name}: {(int)status} {problem}");
        var named = problem.GetProperty("rowErrors").EnumerateArray().Any(e => e.GetProperty("field").GetString() == field)
            || problem.GetProperty("fileErrors").EnumerateArray().Any(e => e.GetString()!.Contains($"'{field}'", StringComparison.Ordinal));
        Assert.True(named, $"{name}: no error on {field}: {problem}");
    }

    [Fact]
    public async Task A_batch_answers_each_ambiguous_item_as_invalid_naming_its_field_and_changes_nothing()
    {
        var repeated = HostileCorpus.SessionBody();
        repeated["id"] = "batch-rule-topics";
        repeated["topics"] = new System.Text.Json.Nodes.JsonArray("dms", "dms");
        var bidi = HostileCorpus.SessionBody();
        bidi["id"] = "batch-rule-note";
        bidi["note"] = "ok\u202Egpj.exe";
        var invisible = HostileCorpus.SessionBody();
        invisible["id"] = "batch-rule-blank";
        invisible["note"] = "\u200B";
        var body = $"[{repeated.ToJsonString()},{bidi.ToJsonString()},{invisible.ToJsonString()}]";

        var (status, answer) = await PostUnchanged("/api/v1/support-sessions/batch", "application/json", Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.OK, status);
        var items = answer.EnumerateArray().Select(i => (i.GetProperty("status").GetString(), string.Join(",", i.GetProperty("errors").EnumerateObject().Select(e => e.Name)))).ToArray();
        Assert.Equal([("invalid", "topics"), ("invalid", "note"), ("invalid", "note")], items);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostUnchanged(string path, string contentType, byte[] body)
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

        Assert.Equal(before, await StoreSnapshot.TakeAsync(orleans.Client, store.GetDatabase()));
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
