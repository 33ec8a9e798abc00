using System.Text.Json;
using StackExchange.Redis;

namespace Collab.Dashboard.Audit;

/// <summary>
/// Pages through the whole trail, newest first, with a cursor that is a line's id (its position, which never changes): the
/// indexes narrow a filter to candidate ids, and each line on a page is checked against the filter itself before it is shown.
/// Before each read the indexes catch up with the list, so a page includes every line stored before it was asked for.
/// </summary>
public sealed class AuditReader([FromKeyedServices("redis")] IConnectionMultiplexer redis, AuditTrail trail) : IAuditPages
{
    public const int MaxTake = 1_000;

    public async Task<AuditPage> ReadAsync(AuditFilter filter, AuditCursor cursor, int take)
    {
        take = Math.Clamp(take, 1, MaxTake);
        var indexed = await trail.Index.CatchUpAsync();
        var db = redis.GetDatabase();
        var ids = new AuditIdWalk(await AuditCandidates.FindAsync(db, filter, indexed), indexed);
        if (cursor.After is { } after)
        {
            var (newer, more) = await CollectAsync(db, filter, ids.Ascending(after), take);
            newer.Reverse();
            var oldest = newer.Count > 0 ? newer[^1].Id : after + 1;
            return new(newer, await AnyAsync(db, filter, ids.Descending(oldest)) ? oldest : null, more ? newer[0].Id : null);
        }

        var (lines, older) = await CollectAsync(db, filter, ids.Descending(cursor.Before ?? indexed), take);
        var newest = lines.Count > 0 ? lines[0].Id : (cursor.Before ?? indexed) - 1;
        return new(lines, older ? lines[^1].Id : null, await AnyAsync(db, filter, ids.Ascending(newest)) ? newest : null);
    }

    /// <summary>Every matching line, newest first, a page at a time: for an export of any length.</summary>
    public async IAsyncEnumerable<AuditEntry> ReadAllAsync(AuditFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancel = default)
    {
        var cursor = AuditCursor.Newest;
        while (!cancel.IsCancellationRequested)
        {
            var page = await ReadAsync(filter, cursor, MaxTake);
            foreach (var line in page.Lines)
            {
                yield return line;
            }

            if (page.OlderBefore is not { } before)
            {
                yield break;
            }

            cursor = new AuditCursor(Before: before);
        }
    }

    private static async Task<bool> AnyAsync(IDatabase db, AuditFilter filter, IEnumerable<long> ids) =>
        (await CollectAsync(db, filter, ids, 1)).Lines.Count > 0;

    /// <summary>The first <paramref name="take"/> lines of <paramref name="ids"/> that the filter keeps, and whether there are more.</summary>
    private static async Task<(List<AuditEntry> Lines, bool More)> CollectAsync(IDatabase db, AuditFilter filter, IEnumerable<long> ids, int take)
    {
        var kept = new List<AuditEntry>(take + 1);
        using var walk = ids.GetEnumerator();
        var exhausted = false;
        while (kept.Count <= take && !exhausted)
        {
            var size = Math.Max(64, take + 1 - kept.Count);
            var batch = new List<long>(size);
            while (batch.Count < size && !(exhausted = !walk.MoveNext()))
            {
                batch.Add(walk.Current);
            }

            if (batch.Count == 0)
            {
                break;
            }

            var values = await db.HashGetAsync(AuditKeys.ById, [.. batch.Select(id => (RedisValue)id)]);
            for (var i = 0; i < batch.Count && kept.Count <= take; i++)
            {
                if (!values[i].IsNull && JsonSerializer.Deserialize<AuditLine>(values[i].ToString(), JsonSerializerOptions.Web) is { } line && filter.Keeps(line))
                {
                    kept.Add(AuditEntry.Of(batch[i], line));
                }
            }
        }

        var more = kept.Count > take;
        if (more)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return (kept, more);
    }
}
