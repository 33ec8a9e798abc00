using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Collab.Contracts.Indicators;

/// <summary>
/// The whole collaboration's figures per month (every member's months added up). Kept incrementally when a reader's copy
/// takes a delta (the changed members' old months out, their new months in), so the overview never adds up every member
/// on a read; recounted once for figures that arrived whole.
/// </summary>
public static class CollaborationTotals
{
    private static readonly ConditionalWeakTable<CollaborationFigures, ImmutableDictionary<YearMonth, MonthFigures>> Known = new();

    public static ImmutableDictionary<YearMonth, MonthFigures> Of(CollaborationFigures figures) =>
        Known.GetValue(figures, static f => Recount(f.Members.Values));

    /// <summary>Whether the totals of <paramref name="figures"/> are already known (carried or counted), so <see cref="Of"/> will not recount.</summary>
    public static bool IsKnown(CollaborationFigures figures) => Known.TryGetValue(figures, out _);

    /// <summary>Months with every member's figures summed, the way a recount does it.</summary>
    public static ImmutableDictionary<YearMonth, MonthFigures> Recount(IEnumerable<MemberFigures> members) =>
        members.SelectMany(m => m.Months).GroupBy(kv => kv.Key).ToImmutableDictionary(g => g.Key, g => IndicatorCalculator.Sum(g.Select(kv => kv.Value)));

    /// <summary>A reader's copy with <paramref name="delta"/> applied; its totals follow incrementally when the copy had them.</summary>
    public static (Guid Epoch, CollaborationFigures Figures) Carry((Guid Epoch, CollaborationFigures Figures) copy, CollaborationDelta delta)
    {
        var next = delta.ApplyTo(copy.Epoch, copy.Figures);
        if (ReferenceEquals(next.Figures, copy.Figures) || delta.Full || !Known.TryGetValue(copy.Figures, out var totals))
        {
            return next;
        }

        var builder = totals.ToBuilder();
        foreach (var member in delta.Members)
        {
            if (copy.Figures.Members.TryGetValue(member.Profile.Id, out var old))
            {
                Add(builder, old.Months, -1);
            }

            Add(builder, member.Months, 1);
        }

        Known.AddOrUpdate(next.Figures, builder.ToImmutable());
        return next;
    }

    private static void Add(ImmutableDictionary<YearMonth, MonthFigures>.Builder totals, ImmutableDictionary<YearMonth, MonthFigures> months, int sign)
    {
        foreach (var (month, figures) in months)
        {
            var sum = MonthFigures.Combine(totals.GetValueOrDefault(month, MonthFigures.Empty), figures, sign);
            if (sum.IsEmpty)
            {
                totals.Remove(month);
            }
            else
            {
                totals[month] = sum;
            }
        }
    }
}
