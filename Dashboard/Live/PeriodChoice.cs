using System.Globalization;
using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Live;

public enum PeriodKind
{
    Last12Months,
    Month,
    Quarter,
    Year,
    Custom,
}

/// <summary>The period a person picked, turned into whole months; a reversed custom range is read the right way round.</summary>
public sealed record PeriodChoice(PeriodKind Kind, int Year, int Number, YearMonth From, YearMonth To)
{
    public static PeriodChoice Default(DateOnly today) =>
        new(PeriodKind.Last12Months, today.Year, today.Month, YearMonth.Of(today).AddMonths(-11), YearMonth.Of(today));

    public Period ToPeriod(DateOnly today) => Kind switch
    {
        PeriodKind.Month => Period.Month(Year, Math.Clamp(Number, 1, 12)),
        PeriodKind.Quarter => Period.Quarter(Year, Math.Clamp(Number, 1, 4)),
        PeriodKind.Year => Period.Year(Year),
        PeriodKind.Custom => From <= To ? new Period(From, To) : new Period(To, From),
        _ => new Period(YearMonth.Of(today).AddMonths(-11), YearMonth.Of(today)),
    };

    /// <summary>The value of an HTML month input: yyyy-MM.</summary>
    public static string ToInput(YearMonth month) => month.ToString();

    public static YearMonth? FromInput(string? value) =>
        DateOnly.TryParseExact($"{value}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? YearMonth.Of(d) : null;
}
