using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Dashboard.Views;
using Collab.Tests.Support;

namespace Collab.Tests.Views;

/// <summary>Members alike in the sorted figure and in abbreviation fall in member-id order, whatever order they are stored in.</summary>
public sealed class ComparisonTieTests
{
    private static readonly Period Year2025 = Period.Year(2025);

    // Four agencies all called "AG" with 5 FTE and no registrations, stored in an order unlike their ids.
    private static CollaborationFigures Figures(params string[] ids) => CollaborationFigures.Empty with
    {
        Members = ids.Select(id => MemberFigures.New(SampleMembers.Duo(id) with { Abbreviation = "AG", DivFte = 5m })).ToImmutableDictionary(m => m.Profile.Id),
    };

    [Theory]
    [InlineData(ComparisonColumn.Member, false, new[] { "ag-a", "ag-b", "ag-c", "ag-d" })]
    [InlineData(ComparisonColumn.SupportSessions, false, new[] { "ag-a", "ag-b", "ag-c", "ag-d" })]
    // Descending turns the whole order round, ties included.
    [InlineData(ComparisonColumn.SupportSessions, true, new[] { "ag-d", "ag-c", "ag-b", "ag-a" })]
    [InlineData(ComparisonColumn.Member, true, new[] { "ag-d", "ag-c", "ag-b", "ag-a" })]
    public void Ties_go_by_member_id(ComparisonColumn column, bool descending, string[] expected)
    {
        var options = new ComparisonOptions(Year2025, SortBy: column, Descending: descending);

        var stored = ComparisonModel.Build(Figures("ag-c", "ag-a", "ag-d", "ag-b"), options);
        var storedOtherwise = ComparisonModel.Build(Figures("ag-b", "ag-d", "ag-a", "ag-c"), options);

        Assert.Equal(expected, stored.Select(r => r.Member.Id));
        Assert.Equal(expected, storedOtherwise.Select(r => r.Member.Id));
    }
}
