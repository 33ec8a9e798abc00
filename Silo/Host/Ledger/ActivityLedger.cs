using Collab.Contracts.Activities;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Collab.Silo.Ledger;

/// <summary>
/// The append-only record of every accepted registration, one Redis list per owner (a member or an initiative),
/// with an id index for idempotency. Lists, hashes and sets only: types both Garnet and Redis have (no Streams).
/// The append runs as one atomic step in the store (see <see cref="LedgerAppender"/>); the keys are <see cref="LedgerKeys"/>.
/// </summary>
public sealed class ActivityLedger([FromKeyedServices("redis")] IConnectionMultiplexer redis, TimeProvider time)
{
    private readonly LedgerAppender appender = new();

    private const string Ids = LedgerKeys.Ids;
    private const string Streams = LedgerKeys.Streams;
    private const string Count = LedgerKeys.Count;
    private const string Where = LedgerKeys.Where;

    /// <summary>Entries per atomic append of <see cref="AppendManyAsync"/>: big enough to share the commit, small enough not to hold the store up.</summary>
    public const int ManyChunk = 200;

    /// <summary>How this store appends ("procedure" or "script"), known after the first append.</summary>
    public string? AppendWay => appender.Way;

    public static string StreamOf(string ownerKind, string ownerId) => LedgerKeys.StreamOf(ownerKind, ownerId);

    /// <summary>
    /// Appends in order, each unless its id is there already, durable (AOF) before it returns; one atomic append per
    /// <see cref="ManyChunk"/> entries, so the store runs and commits them together instead of one each.
    /// </summary>
    public async Task<LedgerAppend[]> AppendManyAsync(string stream, IReadOnlyList<IActivity> activities)
    {
        var database = redis.GetDatabase();
        var keys = new RedisKey[] { Ids, Streams, Count, Where, stream };
        // Sent together (one connection keeps their order); each chunk is one atomic append.
        var chunks = await Task.WhenAll(activities.Chunk(ManyChunk).Select(async chunk =>
        {
            var now = time.GetUtcNow();
            var entries = chunk.Select(a => LedgerEntry.Of(a, now)).ToArray();
            var args = chunk.Zip(entries).SelectMany(x => new RedisValue[] { x.First.Id, LedgerEntry.ContentHash(x.First), x.Second.ToJson() }).ToArray();
            var result = await appender.AppendAsync(database, keys, args);
            return entries.Select((e, i) => new LedgerAppend(StatusOf(result[2 * i]), result[(2 * i) + 1], e.RecordedAt));
        }));
        return [.. chunks.SelectMany(c => c)];
    }

    private static LedgerAppendStatus StatusOf(long code) => code switch
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
}
