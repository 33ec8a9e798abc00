using System.Globalization;
using StackExchange.Redis;

namespace Collab.Silo.Ledger;

/// <summary>
/// One ledger append, two implementations with the same keys, values and answers: the embedded Garnet's C# transaction
/// procedure (Garnet's Lua pays a RESP round trip per call inside the script) and a Lua script for redis-server and any
/// other Redis. The store says which it has: the first append asks for the procedure, and a store that does not know
/// the command (nothing written) gets the script from then on. No setting to keep in step with the store.
/// </summary>
public sealed class LedgerAppender
{
    /// <summary>The procedure's command name; the AppHost's <c>LedgerAppendProcedure.Name</c> must be the same.</summary>
    public const string ProcedureName = "COLLAB.LEDGERAPPEND";

    // Atomic, for each (id, hash, entry) triple in ARGV in order: look the id up; if new, append and index it.
    // Returns the flat {status, position} pairs: 1 appended, 0 same content, -1 conflict.
    private const string Script = """
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

    // null until the first append has asked the store.
    private volatile string? way;

    /// <summary>Which implementation this store runs: "procedure", "script", or null before the first append.</summary>
    public string? Way => way;

    /// <summary>
    /// Runs one atomic append of the (id, hash, entry) triples in <paramref name="args"/> on the keys ids, streams, count,
    /// where and stream; returns the flat (status, position) pairs.
    /// </summary>
    public async Task<long[]> AppendAsync(IDatabase database, RedisKey[] keys, RedisValue[] args)
    {
        if (way != "script")
        {
            try
            {
                var answer = await database.ExecuteAsync(ProcedureName, [.. keys.Cast<object>(), .. args.Cast<object>()]);
                way = "procedure";
                return [.. ((string)answer!).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => long.Parse(p, CultureInfo.InvariantCulture))];
            }
            catch (RedisServerException e) when (way != "procedure" && e.Message.Contains("unknown command", StringComparison.OrdinalIgnoreCase))
            {
                way = "script";
            }
        }

        var result = (RedisResult[])(await database.ScriptEvaluateAsync(Script, keys, args))!;
        return [.. result.Select(r => (long)r)];
    }
}
