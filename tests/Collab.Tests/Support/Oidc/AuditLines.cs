using System.Text.Json;
using StackExchange.Redis;

namespace Collab.Tests.Support.Oidc;

/// <summary>The audit trail as stored (raw JSON lines), read straight from the store, independent of the product's read side.</summary>
public static class AuditLines
{
    public static async Task<IReadOnlyList<JsonElement>> ReadAsync(CollabApp app)
    {
        await using var store = await ConnectionMultiplexer.ConnectAsync(await app.StoreConnectionString());
        var values = await store.GetDatabase().ListRangeAsync("{audit}:lines", 0, -1);
        return [.. values.Select(v => JsonDocument.Parse(v.ToString()).RootElement.Clone())];
    }

    public static string? Text(this JsonElement line, string field) =>
        line.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
