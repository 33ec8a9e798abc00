using System.Collections.Immutable;
using Collab.Dashboard.Api;

namespace Collab.Tests.Api;

/// <summary>Numbered pages of a sorted list: every row on exactly one page, and links that name only pages that exist.</summary>
public sealed class ApiPagingTests
{
    private static readonly ImmutableArray<string> Rows = ["a", "b", "c", "d", "e", "f", "g"];

    private static readonly KeyValuePair<string, string?>[] Query = [new("sort", "member"), new("take", "3"), new("page", "2")];

    [Fact]
    public void Pages_of_three_hold_every_row_once_and_a_page_past_the_end_is_empty()
    {
        var pages = Enumerable.Range(1, 4).Select(n => ApiPaging.Slice(Rows, n, 3)).ToList();

        Assert.Equal(["a", "b", "c"], pages[0]);
        Assert.Equal(["d", "e", "f"], pages[1]);
        Assert.Equal(["g"], pages[2]);
        Assert.Empty(pages[3]);
        Assert.Empty(ApiPaging.Slice(Rows, int.MaxValue, 1_000));
    }

    [Theory]
    [InlineData(0, 50, 1)]
    [InlineData(7, 3, 3)]
    [InlineData(6, 3, 2)]
    [InlineData(15_000, 1_000, 15)]
    [InlineData(int.MaxValue, 1, int.MaxValue)]
    public void The_last_page_is_the_rows_divided_by_the_page_size_rounded_up_and_at_least_one(int total, int take, int last) =>
        Assert.Equal(last, ApiPaging.LastPage(total, take));

    [Fact]
    public void A_middle_page_links_to_all_four_with_the_other_parameters_kept()
    {
        var links = ApiPaging.Links("/api/v1/comparison", Query, 2, 3, 7);

        Assert.Equal(
            "</api/v1/comparison?sort=member&take=3&page=1>; rel=\"first\", </api/v1/comparison?sort=member&take=3&page=1>; rel=\"prev\", "
            + "</api/v1/comparison?sort=member&take=3&page=3>; rel=\"next\", </api/v1/comparison?sort=member&take=3&page=3>; rel=\"last\"",
            links);
    }

    [Fact]
    public void The_last_page_has_no_next_and_the_first_no_prev()
    {
        var first = ApiPaging.Links("/c", [], 1, 3, 7);
        var last = ApiPaging.Links("/c", [], 3, 3, 7);

        Assert.Equal("</c?page=1>; rel=\"first\", </c?page=2>; rel=\"next\", </c?page=3>; rel=\"last\"", first);
        Assert.Equal("</c?page=1>; rel=\"first\", </c?page=2>; rel=\"prev\", </c?page=3>; rel=\"last\"", last);
    }

    [Fact]
    public void A_page_past_the_end_points_back_to_the_last_page()
    {
        var links = ApiPaging.Links("/c", [], 9, 3, 7);

        Assert.Equal("</c?page=1>; rel=\"first\", </c?page=3>; rel=\"prev\", </c?page=3>; rel=\"last\"", links);
    }

    [Fact]
    public void Parameter_values_are_escaped_in_the_links()
    {
        var links = ApiPaging.Links("/c", [new("ministry", "a&b=c")], 1, 1, 1);

        Assert.Equal("</c?ministry=a%26b%3Dc&page=1>; rel=\"first\", </c?ministry=a%26b%3Dc&page=1>; rel=\"last\"", links);
    }
}
