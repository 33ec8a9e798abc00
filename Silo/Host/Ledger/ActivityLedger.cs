using Collab.Contracts.Activities;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Collab.Silo.Ledger;

/// <summary>
/// The append-only record of every accepted registration, one Redis list per owner (a member or an initiative),
/// with an id index for idempotency. Lists, hashes and Lua only: commands both Garnet and Redis have (no Streams).
/// All keys share the hash tag {ledger}, so the script stays on one node of a Redis cluster too.
/// </summary>
public sealed class ActivityLedger([FromKeyedServices("redis")] IConnectionMultiplexer redis, TimeProvider time)
{
    private const string Ids = "{ledger}:ids";
    private const string Streams = "{ledger}:streams";
    private const string Count = "{ledger}:count";
    private const string Where = "{ledger}:where";

    /// <summary>Entries per script of <see cref="AppendManyAsync"/>: big enough to share the commit, small enough not to hold the store up.</summary>
    public const int ManyChunk = 200;

    // Atomic, for each (id, hash, entry) triple in ARGV in order: look the id up; if new, append and index it.
    // Returns the flat {status, position} pairs: 1 appended, 0 same content, -1 conflict.
    private const string AppendManyScript = """
        local out = {}
        for i = 1, #ARGV, 3 do
          local id, hash, entry = ARGV[i], ARGV[i + 1], ARGV[i + 2]
          local seen = redis.call('HGET', KEYS[1], id)
          if seen then
            local sep = string.find(seen, '|', 1, true)
            local position = tonumber(string.sub(seen, sep + 1))
            out[#out + 1] = (string.sub(seen, 1, sep - 1) == hash) and 0 or -1
            out[#out + 1] = position
          else
            local length = redis.call('RPUSH', KEYS[5], entry)
            redis.call('HSET', KEYS[1], id, hash .. '|' .. (length - 1))
            redis.call('HSET', KEYS[4], id, KEYS[5])
            redis.call('SADD', KEYS[2], KEYS[5])
            redis.call('INCR', KEYS[3])
            out[#out + 1] = 1
            out[#out + 1] = length - 1
          end
        end
        return out
        """;

    public static string StreamOf(string ownerKind, string ownerId) => $"{{ledger}}:stream:{ownerKind}:{ownerId}";

    /// <summary>
    /// Appends in order, each unless its id is there already, durable (AOF) before it returns; one script per
    /// <see cref="ManyChunk"/> entries, so the store runs and commits them together instead of one script each.
    /// </summary>
    public async Task<LedgerAppend[]> AppendManyAsync(string stream, IReadOnlyList<IActivity> activities)
    {
        var database = redis.GetDatabase();
        var keys = new RedisKey[] { Ids, Streams, Count, Where, stream };
        // Sent together (one connection keeps their order); each chunk is one script.
        var chunks = await Task.WhenAll(activities.Chunk(ManyChunk).Select(async chunk =>
        {
            var now = time.GetUtcNow();
            var entries = chunk.Select(a => LedgerEntry.Of(a, now)).ToArray();
            var args = chunk.Zip(entries).SelectMany(x => new RedisValue[] { x.First.Id, LedgerEntry.ContentHash(x.First), x.Second.ToJson() }).ToArray();
            var result = (RedisResult[])(await database.ScriptEvaluateAsync(AppendManyScript, keys, args))!;
            return entries.Select((e, i) => new LedgerAppend(StatusOf((int)result[2 * i]), (long)result[(2 * i) + 1], e.RecordedAt));
        }));
        return [.. chunks.SelectMany(c => c)];
    }

    private static LedgerAppendStatus StatusOf(int code) => code switch
    {
        1 => LedgerAppendStatus.Appended,
        0 => LedgerAppendStatus.AlreadyThere,
        _ => LedgerAppendStatus.Conflict,
    };

    /// <summary>The entries of one stream from <paramref name="from"/> on, in order.</summary>
    public async Task<IReadOnlyList<LedgerEntry>> ReadAsync(string stream, long from = 0)
    {
        var values = await redis.GetDatabase().ListRangeAsync(stream, from, -1);
        return [.. values.Select(v => LedgerEntry.Parse(v!))];
    }

    /// <summary>The entry registered under an id, or null: the id says which stream and position to read.</summary>
    public async Task<LedgerEntry?> FindAsync(string id)
    {
        var database = redis.GetDatabase();
        var stream = await database.HashGetAsync(Where, id);
        var seen = await database.HashGetAsync(Ids, id);
        if (stream.IsNull || seen.IsNull || !long.TryParse(seen.ToString().Split('|')[^1], System.Globalization.CultureInfo.InvariantCulture, out var position))
        {
            return null;
        }

        var entry = await database.ListGetByIndexAsync(stream.ToString(), position);
        return entry.IsNull ? null : LedgerEntry.Parse(entry!);
    }

    /// <summary>How many registrations the ledger holds in all.</summary>
    public async Task<long> CountAsync() => (long?)await redis.GetDatabase().StringGetAsync(Count) ?? 0;
}
