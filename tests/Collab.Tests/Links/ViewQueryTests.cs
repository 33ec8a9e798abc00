using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Dashboard.Links;
using Collab.Dashboard.Live;
using Collab.Dashboard.Views;

namespace Collab.Tests.Links;

/// <summary>The address of a view: written and read back to the same view; anything broken falls back with its name in the notice.</summary>
public sealed class ViewQueryTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static Dictionary<string, string?> Query(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => (string?)Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));

    [Fact]
    public void A_comparison_view_reads_back_from_its_own_address()
    {
        var view = new ViewState(new PeriodChoice(PeriodKind.Quarter, 2025, 2, default, default), ViewMeasure.Absolute, MemberKind.ExecutingAgency, "ocw", ComparisonColumn.DaysGiven, false);

        var text = ViewQuery.ToQueryString(view, Today);
        var back = ViewQuery.Parse(Query(text), Today, ViewSpec.Comparison);

        Assert.Equal("periode=kwartaal&van=2025-04&tot=2025-06&maat=absoluut&soort=executing-agency&ministerie=ocw&sorteer=days-given&richting=oplopend", text);
        Assert.Empty(back.Ignored);
        Assert.Equal(new Period(new YearMonth(2025, 4), new YearMonth(2025, 6)), back.ToPeriod(Today));
        Assert.Equal(new ComparisonOptions(back.ToPeriod(Today), false, MemberKind.ExecutingAgency, "ocw", ComparisonColumn.DaysGiven, false), back.Comparison(Today));
    }

    [Theory]
    [InlineData("periode=maand&van=2024-02", 2024, 2, 2024, 2)]
    [InlineData("periode=jaar&van=2023-01&tot=2023-12", 2023, 1, 2023, 12)]
    [InlineData("periode=eigen&van=2025-06&tot=2025-01", 2025, 1, 2025, 6)]
    [InlineData("van=2025-03&tot=2025-05", 2025, 3, 2025, 5)]
    [InlineData("", 2025, 12, 2026, 11)]
    public void Every_kind_of_period_reads_as_its_months(string query, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        var view = ViewQuery.Parse(Query(query), Today, ViewSpec.PeriodOnly);

        Assert.Empty(view.Ignored);
        Assert.Equal(new Period(new YearMonth(fromYear, fromMonth), new YearMonth(toYear, toMonth)), view.ToPeriod(Today));
    }

    [Theory]
    [InlineData("periode=decennium", "periode")]
    [InlineData("periode=maand&van=2024-13", "periode,van")]
    [InlineData("sorteer=colour&richting=zijwaarts", "sorteer,richting")]
    [InlineData("maat=persoonsdagen", "maat")]
    [InlineData("onbekend=1&soort=minister", "onbekend,soort")]
    [InlineData("gever=ocw", "gever")]
    [InlineData("ministerie=<script>", "ministerie")]
    public void Broken_or_unknown_parts_fall_back_to_the_default_and_are_named(string query, string names)
    {
        var view = ViewQuery.Parse(Query(query), Today, ViewSpec.Comparison);

        Assert.Equal(names.Split(',').Order(StringComparer.Ordinal), view.Ignored.Order(StringComparer.Ordinal));
        Assert.Equal(ViewState.Default(Today).Comparison(Today), view.Comparison(Today));
    }
}
