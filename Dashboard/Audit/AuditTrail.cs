using System.Text.Json;
using StackExchange.Redis;

namespace Collab.Dashboard.Audit;

/// <summary>
/// The append-only audit trail in the store: lines are only ever appended, and no endpoint edits or removes one.
/// Each line is durable (AOF) before the response it describes leaves the server. Lines of concurrent requests
/// go to the store together (group commit: one RPUSH, one AOF commit), each request still waiting for its own.
/// The indexes that readers page through are derived afterwards (<see cref="AuditIndex"/>), never on a request's way.
/// </summary>
public sealed class AuditTrail([FromKeyedServices("redis")] IConnectionMultiplexer redis, ILogger<AuditTrail>? log = null)
{
    private const string Key = AuditKeys.Lines;

    /// <summary>Lines per RPUSH at most: a burst is split so one command never holds the store up.</summary>
    public const int GroupLimit = 500;

    private readonly Lock gate = new();

    /// <summary>The indexes over this trail; the writer nudges them after each group.</summary>
    public AuditIndex Index { get; } = new(redis, log);

    private List<(RedisValue Line, TaskCompletionSource Durable)> waiting = [];
    private bool writing;

    /// <summary>Completes when the line is in the store (durable), or fails with the store's exception.</summary>
    public Task WriteAsync(AuditLine line)
    {
        var durable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var value = (RedisValue)JsonSerializer.Serialize(line, JsonSerializerOptions.Web);
        bool start;
        lock (gate)
        {
            waiting.Add((value, durable));
            start = !writing;
            writing = true;
        }

        if (start)
        {
            _ = WriteWaiting();
        }

        return durable.Task;
    }

    // One writer at a time: what arrives while a group is on its way goes in the next group.
    private async Task WriteWaiting()
    {
        while (true)
        {
            List<(RedisValue Line, TaskCompletionSource Durable)> group;
            lock (gate)
            {
                if (waiting.Count == 0)
                {
                    writing = false;
                    return;
                }

                group = waiting.Count <= GroupLimit ? waiting : waiting[..GroupLimit];
                waiting = waiting.Count <= GroupLimit ? [] : waiting[GroupLimit..];
            }

            try
            {
                await redis.GetDatabase().ListRightPushAsync(Key, [.. group.Select(g => g.Line)]);
                group.ForEach(g => g.Durable.SetResult());
                Index.Nudge();
            }
            catch (Exception e)
            {
                group.ForEach(g => g.Durable.SetException(e));
            }
        }
    }
}
