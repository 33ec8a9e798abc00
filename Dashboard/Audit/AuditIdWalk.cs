namespace Collab.Dashboard.Audit;

/// <summary>The ids a page may come from, walked from a cursor either way: the candidates, or every indexed id when there are none.</summary>
internal sealed class AuditIdWalk(long[]? candidates, long indexed)
{
    /// <summary>Ids below <paramref name="before"/>, newest first.</summary>
    public IEnumerable<long> Descending(long before)
    {
        before = Math.Min(before, indexed);
        if (candidates is null)
        {
            for (var id = before - 1; id >= 0; id--)
            {
                yield return id;
            }

            yield break;
        }

        for (var i = FirstAtOrAbove(before) - 1; i >= 0; i--)
        {
            yield return candidates[i];
        }
    }

    /// <summary>Ids above <paramref name="after"/>, oldest first.</summary>
    public IEnumerable<long> Ascending(long after)
    {
        if (candidates is null)
        {
            for (var id = Math.Max(after + 1, 0); id < indexed; id++)
            {
                yield return id;
            }

            yield break;
        }

        for (var i = FirstAtOrAbove(after + 1); i < candidates.Length; i++)
        {
            yield return candidates[i];
        }
    }

    private int FirstAtOrAbove(long id)
    {
        var at = Array.BinarySearch(candidates!, id);
        return at >= 0 ? at : ~at;
    }
}
