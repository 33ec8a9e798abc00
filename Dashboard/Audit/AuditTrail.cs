using System.Text.Json;
using StackExchange.Redis;

namespace Collab.Dashboard.Audit;

/// <summary>
/// The append-only audit trail in the store: lines are only ever appended, and no endpoint edits or removes one.
/// Each line is durable (AOF) before the response it describes leaves the server.
/// </summary>
public sealed class AuditTrail([FromKeyedServices("redis")] IConnectionMultiplexer redis)
{
    private const string Key = "{audit}:lines";

    /// <summary>How many of the newest lines a query looks through.</summary>
    public const int Window = 10_000;

    public Task WriteAsync(AuditLine line) =>
        redis.GetDatabase().ListRightPushAsync(Key, JsonSerializer.Serialize(line, JsonSerializerOptions.Web));

    /// <summary>The newest lines first, filtered; at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<AuditLine>> ReadAsync(Func<AuditLine, bool> keep, int take)
    {
        var values = await redis.GetDatabase().ListRangeAsync(Key, -Window, -1);
        return [.. values.Reverse().Select(v => JsonSerializer.Deserialize<AuditLine>(v.ToString(), JsonSerializerOptions.Web)!).Where(keep).Take(take)];
    }
}
