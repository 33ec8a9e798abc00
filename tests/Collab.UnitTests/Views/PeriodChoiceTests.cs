using Collab.Contracts.Indicators;
using Collab.Dashboard.Live;

namespace Collab.Tests.Views;

public sealed class PeriodChoiceTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Theory]
    [InlineData(PeriodKind.Last12Months, 0, 0, "2025-12", "2026-11")]
    [InlineData(PeriodKind.Month, 2025, 2, "2025-02", "2025-02")]
    [InlineData(PeriodKind.Quarter, 2025, 3, "2025-07", "2025-09")]
    [InlineData(PeriodKind.Year, 2024, 0, "2024-01", "2024-12")]
    public void Each_kind_gives_its_months(PeriodKind kind, int year, int number, string from, string to)
    {
        var period = (PeriodChoice.Default(Today) with { Kind = kind, Year = year, Number = number }).ToPeriod(Today);

        Assert.Equal((from, to), (period.From.ToString(), period.To.ToString()));
    }

    [Fact]
    public void A_reversed_custom_range_is_read_the_right_way_round()
    {
        var choice = PeriodChoice.Default(Today) with { Kind = PeriodKind.Custom, From = new YearMonth(2026, 3), To = new YearMonth(2025, 11) };

        Assert.Equal(new Period(new YearMonth(2025, 11), new YearMonth(2026, 3)), choice.ToPeriod(Today));
    }

    [Theory]
    [InlineData("2025-07", 2025, 7)]
    [InlineData("1999-12", 1999, 12)]
    public void A_month_input_value_is_read(string value, int year, int month) =>
        Assert.Equal(new YearMonth(year, month), PeriodChoice.FromInput(value));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2025-13")]
    [InlineData("juli")]
    public void A_broken_month_input_value_is_ignored(string? value) => Assert.Null(PeriodChoice.FromInput(value));
}
