using System.Text;
using StackExchange.Redis;

namespace Collab.Dashboard.Audit;

/// <summary>
/// Narrows a filter to the ids that can match, from the indexes: the most selective filter first, intersected with the others
/// while that still pays. Null means "every indexed line" (no filter, or none narrow enough); the page then checks each line.
/// </summary>
internal static class AuditCandidates
{
    /// <summary>Ids beyond this many are not read out of an index; the lines are checked one by one instead.</summary>
    public const long MaterializeLimit = 250_000;

    private sealed record Source(long Count, Func<Task<long[]>> Load);

    /// <summary>The candidate ids in ascending order, all below <paramref name="indexed"/>; null for every line.</summary>
    public static async Task<long[]?> FindAsync(IDatabase db, AuditFilter filter, long indexed)
    {
        var sources = await Task.WhenAll(Sources(db, filter));
        if (sources.Length == 0)
        {
            return null;
        }

        var ordered = sources.OrderBy(s => s.Count).ToArray();
        if (ordered[0].Count == 0)
        {
            return [];
        }

        if (ordered[0].Count > MaterializeLimit)
        {
            return null;
        }

        var ids = await ordered[0].Load();
        foreach (var next in ordered.Skip(1))
        {
            // A much larger set costs more to read than checking the few lines left against it.
            if (ids.Length == 0 || next.Count > (8 * ids.Length) + 1_000)
            {
                break;
            }

            ids = Intersect(ids, await next.Load());
        }

        return [.. ids.Where(id => id < indexed)];
    }

    private static IEnumerable<Task<Source>> Sources(IDatabase db, AuditFilter filter)
    {
        if (!string.IsNullOrEmpty(filter.Actor))
        {
            yield return ActorSource(db, filter.Actor);
        }

        if (!string.IsNullOrEmpty(filter.Action))
        {
            yield return KeySource(db, AuditKeys.Action(filter.Action));
        }

        if (!string.IsNullOrEmpty(filter.Result))
        {
            yield return KeySource(db, AuditKeys.Result(filter.Result));
        }

        if (filter.Objects is { Count: > 0 } objects)
        {
            yield return ObjectSource(db, objects);
        }

        if (filter.From is not null || filter.Until is not null)
        {
            yield return TimeSource(db, filter.From, filter.Until);
        }
    }

    private static async Task<Source> ActorSource(IDatabase db, string part)
    {
        var actors = (await db.SetMembersAsync(AuditKeys.Actors)).Select(a => a.ToString())
            .Where(a => a.Contains(part, StringComparison.OrdinalIgnoreCase)).ToArray();
        var counts = await Task.WhenAll(actors.Select(a => db.SortedSetLengthAsync(AuditKeys.Actor(a))));
        return new(counts.Sum(), async () => Sorted((await Task.WhenAll(actors.Select(a => IdsOf(db, AuditKeys.Actor(a))))).SelectMany(x => x)));
    }

    private static async Task<Source> KeySource(IDatabase db, string key) =>
        new(await db.SortedSetLengthAsync(key), () => IdsOf(db, key));

    private static async Task<Source> ObjectSource(IDatabase db, IReadOnlyList<string> prefixes)
    {
        var ranges = prefixes.Distinct(StringComparer.Ordinal).Select(Range).ToArray();
        var counts = await Task.WhenAll(ranges.Select(r => db.SortedSetLengthByValueAsync(AuditKeys.Objects, r.Min, r.Max)));
        return new(counts.Sum(), async () =>
        {
            var members = await Task.WhenAll(ranges.Select(r => db.SortedSetRangeByValueAsync(AuditKeys.Objects, r.Min, r.Max)));
            return Sorted(members.SelectMany(m => m).Select(AuditIndex.IdOfObjectMember).Distinct());
        });
    }

    private static async Task<Source> TimeSource(IDatabase db, DateTimeOffset? from, DateTimeOffset? until)
    {
        double min = from?.ToUnixTimeMilliseconds() ?? double.NegativeInfinity;
        double max = until?.ToUnixTimeMilliseconds() ?? double.PositiveInfinity;
        return new(await db.SortedSetLengthAsync(AuditKeys.Times, min, max, Exclude.Stop), async () =>
            Sorted((await db.SortedSetRangeByScoreAsync(AuditKeys.Times, min, max, Exclude.Stop)).Select(v => (long)v)));
    }

    /// <summary>Every member that starts with the prefix: from the prefix itself up to the prefix and a byte UTF-8 never uses.</summary>
    private static (RedisValue Min, RedisValue Max) Range(string prefix)
    {
        var bytes = Encoding.UTF8.GetBytes(prefix);
        return (bytes, (byte[])[.. bytes, 0xFF]);
    }

    private static async Task<long[]> IdsOf(IDatabase db, string key) =>
        [.. (await db.SortedSetRangeByRankAsync(key)).Select(v => (long)v)];

    private static long[] Sorted(IEnumerable<long> ids)
    {
        var array = ids.ToArray();
        Array.Sort(array);
        return array;
    }

    private static long[] Intersect(long[] a, long[] b)
    {
        var both = new List<long>(Math.Min(a.Length, b.Length));
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                both.Add(a[i]);
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return [.. both];
    }
}
