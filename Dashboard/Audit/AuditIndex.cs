using System.Globalization;
using System.Text;
using System.Text.Json;
using StackExchange.Redis;

namespace Collab.Dashboard.Audit;

/// <summary>
/// Keeps the trail's indexes (by id, actor, action, result, object and time) caught up with the list, the way a grain's state
/// catches up with its ledger: what is indexed is counted in <see cref="AuditKeys.Indexed"/>, and whoever finds it behind (the
/// writer after each group, a reader before each query, any process) indexes the rest. Every step is idempotent, so two
/// processes catching up at once write the same entries twice and lose nothing; the list itself is never written here.
/// </summary>
public sealed class AuditIndex(IConnectionMultiplexer redis, ILogger? log = null)
{
    /// <summary>Lines per round trip while catching up.</summary>
    public const int Chunk = 2_000;

    private readonly SemaphoreSlim gate = new(1, 1);
    private int background;

    /// <summary>Indexes every line not indexed yet; answers how many lines (from the first) are indexed now.</summary>
    public async Task<long> CatchUpAsync()
    {
        await gate.WaitAsync();
        try
        {
            var db = redis.GetDatabase();
            var done = (long?)await db.StringGetAsync(AuditKeys.Indexed) ?? 0;
            var length = await db.ListLengthAsync(AuditKeys.Lines);
            while (done < length)
            {
                var values = await db.ListRangeAsync(AuditKeys.Lines, done, Math.Min(length, done + Chunk) - 1);
                if (values.Length == 0)
                {
                    break;
                }

                await IndexAsync(db, done, values);
                done += values.Length;
                // Another process may write a smaller count at the same time: that only makes the next catch-up redo some lines.
                await db.StringSetAsync(AuditKeys.Indexed, done);
            }

            return done;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Starts a catch-up in the background unless one is running (then it runs once more); never waits, never throws.</summary>
    public void Nudge()
    {
        while (true)
        {
            var state = Volatile.Read(ref background);
            if (state == 2 || Interlocked.CompareExchange(ref background, state + 1, state) == state)
            {
                if (state == 0)
                {
                    _ = RunInBackground();
                }

                return;
            }
        }
    }

    private async Task RunInBackground()
    {
        while (true)
        {
            try
            {
                await CatchUpAsync();
            }
            catch (Exception e)
            {
                // The next write or read catches up; the trail itself is already durable.
                log?.LogWarning(e, "The audit indexes could not catch up now");
            }

            if (Interlocked.CompareExchange(ref background, 0, 1) == 1)
            {
                return;
            }

            Volatile.Write(ref background, 1);
        }
    }

    private static async Task IndexAsync(IDatabase db, long first, RedisValue[] values)
    {
        var byId = new HashEntry[values.Length];
        var objects = new SortedSetEntry[values.Length];
        var times = new SortedSetEntry[values.Length];
        var byActor = new Dictionary<string, List<SortedSetEntry>>(StringComparer.Ordinal);
        var byAction = new Dictionary<string, List<SortedSetEntry>>(StringComparer.Ordinal);
        var byResult = new Dictionary<string, List<SortedSetEntry>>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            var id = first + i;
            var line = JsonSerializer.Deserialize<AuditLine>(values[i].ToString(), JsonSerializerOptions.Web)!;
            var member = new SortedSetEntry(id, id);
            byId[i] = new HashEntry(id, values[i]);
            objects[i] = new SortedSetEntry(ObjectMember(line.Object, id), 0);
            times[i] = new SortedSetEntry(id, line.At.ToUnixTimeMilliseconds());
            Add(byActor, line.Actor, member);
            Add(byAction, AuditKeys.Action(line.Action), member);
            Add(byResult, AuditKeys.Result(line.Result), member);
        }

        var batch = db.CreateBatch();
        var writes = new List<Task>
        {
            batch.HashSetAsync(AuditKeys.ById, byId),
            batch.SortedSetAddAsync(AuditKeys.Objects, objects),
            batch.SortedSetAddAsync(AuditKeys.Times, times),
            batch.SetAddAsync(AuditKeys.Actors, [.. byActor.Keys.Select(a => (RedisValue)a)]),
        };
        writes.AddRange(byActor.Select(a => batch.SortedSetAddAsync(AuditKeys.Actor(a.Key), [.. a.Value])));
        writes.AddRange(byAction.Concat(byResult).Select(k => batch.SortedSetAddAsync(k.Key, [.. k.Value])));
        batch.Execute();
        await Task.WhenAll(writes);
    }

    /// <summary>The object index's member: the object's bytes, a zero byte, the id in twelve digits.</summary>
    public static RedisValue ObjectMember(string target, long id) =>
        Encoding.UTF8.GetBytes($"{target}\0{id.ToString("D12", CultureInfo.InvariantCulture)}");

    /// <summary>The id at the end of an object index member.</summary>
    public static long IdOfObjectMember(RedisValue member)
    {
        var bytes = (byte[])member!;
        return long.Parse(Encoding.ASCII.GetString(bytes, bytes.Length - 12, 12), CultureInfo.InvariantCulture);
    }

    private static void Add(Dictionary<string, List<SortedSetEntry>> keys, string key, SortedSetEntry entry)
    {
        if (!keys.TryGetValue(key, out var list))
        {
            keys[key] = list = [];
        }

        list.Add(entry);
    }
}
