using Collab.Dashboard.Links;
using Collab.Dashboard.Views;

namespace Collab.Tests.Links;

/// <summary>The comparison's page in its address: kept beside sort, measure and filters; the first page leaves no trace; a broken page falls back.</summary>
public sealed class PageQueryTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static Dictionary<string, string?> Query(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => (string?)Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""));

    [Fact]
    public void A_page_reads_back_with_the_sort_and_measure_beside_it()
    {
        var view = ViewState.Default(Today) with { Measure = ViewMeasure.Absolute, Sort = ComparisonColumn.Member, Descending = false, Page = 3 };

        var text = ViewQuery.ToQueryString(view, Today);
        var back = ViewQuery.Parse(Query(text), Today, ViewSpec.Comparison);

        Assert.Equal("maat=absoluut&sorteer=member&richting=oplopend&pagina=3", text);
        Assert.Empty(back.Ignored);
        Assert.Equal((3, ComparisonColumn.Member, false, ViewMeasure.Absolute), (back.Page, back.Sort, back.Descending, back.Measure));
    }

    [Fact]
    public void The_first_page_leaves_no_parameter()
    {
        Assert.Equal("", ViewQuery.ToQueryString(ViewState.Default(Today) with { Page = 1 }, Today));
    }

    [Theory]
    [InlineData("pagina=0")]
    [InlineData("pagina=-2")]
    [InlineData("pagina=twee")]
    public void A_broken_page_falls_back_to_the_first_and_is_named(string query)
    {
        var view = ViewQuery.Parse(Query(query), Today, ViewSpec.Comparison);

        Assert.Null(view.Page);
        Assert.Equal(["pagina"], view.Ignored);
    }

    [Fact]
    public void A_page_on_a_page_without_pages_is_ignored_with_a_notice()
    {
        var view = ViewQuery.Parse(Query("pagina=2"), Today, ViewSpec.Exchange);

        Assert.Null(view.Page);
        Assert.Equal(["pagina"], view.Ignored);
    }
}
