namespace Collab.Contracts.Indicators;

/// <summary>A run of whole months, both ends included. Figures are kept per month, so every period is month-aligned.</summary>
[GenerateSerializer, Immutable]
public sealed record Period([property: Id(0)] YearMonth From, [property: Id(1)] YearMonth To)
{
    public static Period Month(int year, int month) => new(new YearMonth(year, month), new YearMonth(year, month));

    public static Period Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new YearMonth(year, ((quarter - 1) * 3) + 1);
        return new(first, first.AddMonths(2));
    }

    public static Period Year(int year) => new(new YearMonth(year, 1), new YearMonth(year, 12));

    public int Months => To.Index - From.Index + 1;

    public bool Contains(YearMonth month) => month >= From && month <= To;

    /// <summary>The period of the same length just before this one, for "change against the previous period".</summary>
    public Period Previous() => new(From.AddMonths(-Months), From.AddMonths(-1));
}
