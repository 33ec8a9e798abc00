using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Dashboard.Views;
using Collab.Tests.Support;

namespace Collab.Tests.Views;

/// <summary>Per-FTE toggling, filters, order and the joined-during-period mark, on figures worked out by hand.</summary>
public sealed class ComparisonModelTests
{
    private static readonly Period Year2025 = Period.Year(2025);

    // OCW: 40 FTE, 8 sessions; DUO (agency under OCW, joined 2025-03-01): 2 FTE, 3 sessions; EZK: 20 FTE, 0 sessions.
    private static CollaborationFigures Figures()
    {
        var ocw = MemberFigures.New(SampleMembers.Ministry("ocw", 40m));
        for (var i = 0; i < 8; i++)
        {
            ocw = ocw.Add(SampleActivities.Session($"o{i}", provider: "ocw", host: "ezk", date: new DateOnly(2025, 4, 1)));
        }

        var duo = MemberFigures.New(SampleMembers.Duo() with { DivFte = 2m, JoinedOn = new DateOnly(2025, 3, 1) });
        for (var i = 0; i < 3; i++)
        {
            duo = duo.Add(SampleActivities.Session($"d{i}", provider: "duo", host: "ocw", date: new DateOnly(2025, 5, 1)));
        }

        var ezk = MemberFigures.New(SampleMembers.Ministry("ezk", 20m));
        return CollaborationFigures.Empty with { Members = new[] { ocw, duo, ezk }.ToDictionary(m => m.Profile.Id).ToImmutableDictionary() };
    }

    [Fact]
    public void Per_FTE_is_the_default_and_puts_the_small_agency_first()
    {
        var rows = ComparisonModel.Build(Figures(), new ComparisonOptions(Year2025, SortBy: ComparisonColumn.SupportSessions));

        // DUO 3 / 2 = 1.5; OCW 8 / 40 = 0.2; EZK 0 / 20 = 0.
        Assert.Equal(["duo", "ocw", "ezk"], rows.Select(r => r.Member.Id));
        Assert.Equal([1.5m, 0.2m, 0m], rows.Select(r => r.SupportSessions));
    }

    [Fact]
    public void Absolute_figures_put_the_large_ministry_first()
    {
        var rows = ComparisonModel.Build(Figures(), new ComparisonOptions(Year2025, PerFte: false, SortBy: ComparisonColumn.SupportSessions));

        Assert.Equal(["ocw", "duo", "ezk"], rows.Select(r => r.Member.Id));
        Assert.Equal([8m, 3m, 0m], rows.Select(r => r.SupportSessions));
    }

    [Fact]
    public void Filters_by_kind_and_by_parent_ministry()
    {
        var agencies = ComparisonModel.Build(Figures(), new ComparisonOptions(Year2025, Kind: MemberKind.ExecutingAgency));
        var underOcw = ComparisonModel.Build(Figures(), new ComparisonOptions(Year2025, ParentMinistryId: "ocw", SortBy: ComparisonColumn.Member, Descending: false));

        Assert.Equal(["duo"], agencies.Select(r => r.Member.Id));
        Assert.Equal(["duo", "ocw"], underOcw.Select(r => r.Member.Id));
    }

    [Fact]
    public void A_member_that_joined_during_the_period_is_marked()
    {
        var rows = ComparisonModel.Build(Figures(), new ComparisonOptions(Year2025));

        Assert.True(rows.Single(r => r.Member.Id == "duo").JoinedDuringPeriod);
        Assert.False(rows.Single(r => r.Member.Id == "ocw").JoinedDuringPeriod);
    }
}
