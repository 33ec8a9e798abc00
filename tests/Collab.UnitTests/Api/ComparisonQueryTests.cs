using Collab.Contracts.Members;
using Collab.Dashboard.Api;
using Collab.Dashboard.Views;

namespace Collab.Tests.Api;

/// <summary>The comparison's query: the page's defaults when nothing is asked, and every wrong parameter named at once.</summary>
public sealed class ComparisonQueryTests
{
    [Fact]
    public void Nothing_asked_is_the_first_50_by_activities_per_FTE_highest_first()
    {
        Assert.True(ComparisonQuery.TryRead(null, null, null, null, null, null, out var query, out var errors));

        Assert.Empty(errors);
        Assert.Equal(new ComparisonQuery(ComparisonColumn.ActivitiesPerFte, true, null, null, 50, 1), query);
    }

    [Fact]
    public void Sorting_on_member_reads_A_to_Z_unless_asked_otherwise()
    {
        ComparisonQuery.TryRead("member", null, null, null, null, null, out var byName, out _);
        ComparisonQuery.TryRead("member", "descending", null, null, null, null, out var byNameDown, out _);
        ComparisonQuery.TryRead("people-helped", "ascending", null, null, null, null, out var helpedUp, out _);

        Assert.Equal((ComparisonColumn.Member, false), (byName.SortBy, byName.Descending));
        Assert.Equal((ComparisonColumn.Member, true), (byNameDown.SortBy, byNameDown.Descending));
        Assert.Equal((ComparisonColumn.PeopleHelped, false), (helpedUp.SortBy, helpedUp.Descending));
    }

    [Fact]
    public void Every_column_of_the_page_can_be_sorted_on_by_its_kebab_case_name()
    {
        string[] names = ["member", "div-fte", "support-sessions", "people-helped", "knowledge-contacts", "days-given", "days-received", "activities-per-fte", "share-of-initiatives-joined"];

        Assert.Equal(names, ComparisonQuery.SortNames);
    }

    [Fact]
    public void Filters_page_and_size_are_read()
    {
        Assert.True(ComparisonQuery.TryRead(null, null, "executing-agency", "ocw", "1000", "3", out var query, out _));

        Assert.Equal((MemberKind.ExecutingAgency, "ocw", 1000, 3), (query.Kind, query.Ministry, query.Take, query.Page));
    }

    [Theory]
    [InlineData("name", null, null, null, null, "sort")]
    [InlineData("PeopleHelped", null, null, null, null, "sort")]
    [InlineData(null, "down", null, null, null, "direction")]
    [InlineData(null, null, "agency", null, null, "kind")]
    [InlineData(null, null, null, "0", null, "take")]
    [InlineData(null, null, null, "1001", null, "take")]
    [InlineData(null, null, null, "ten", null, "take")]
    [InlineData(null, null, null, "-5", null, "take")]
    [InlineData(null, null, null, "99999999999", null, "take")]
    [InlineData(null, null, null, " 5", null, "take")]
    [InlineData(null, null, null, null, "0", "page")]
    [InlineData(null, null, null, null, "-1", "page")]
    [InlineData(null, null, null, null, "1.5", "page")]
    public void A_wrong_parameter_is_named(string? sort, string? direction, string? kind, string? take, string? page, string field)
    {
        Assert.False(ComparisonQuery.TryRead(sort, direction, kind, null, take, page, out _, out var errors));

        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void Several_wrong_parameters_are_named_together()
    {
        Assert.False(ComparisonQuery.TryRead("x", "y", "z", null, "0", "0", out _, out var errors));

        Assert.Equal(["direction", "kind", "page", "sort", "take"], errors.Keys.Order());
    }
}
