using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Dashboard.Views;
using Collab.Tests.Support;

namespace Collab.Tests.Views;

/// <summary>The comparison sorted and filtered over every member, then cut into pages: rows worked out by hand.</summary>
public sealed class ComparisonPagingTests
{
    private static readonly Period Year2025 = Period.Year(2025);

    // Seven ministries a..g with 10 FTE each; sessions in 2025: a 1, b 6, c 3, d 0, e 5, f 2, g 4. Agency h under a: 2 FTE, 7 sessions.
    private static CollaborationFigures Figures()
    {
        var sessions = new Dictionary<string, int> { ["a"] = 1, ["b"] = 6, ["c"] = 3, ["d"] = 0, ["e"] = 5, ["f"] = 2, ["g"] = 4 };
        var members = sessions.Select(kv => Member(SampleMembers.Ministry(kv.Key, 10m), kv.Value)).ToList();
        members.Add(Member(SampleMembers.Duo("h") with { ParentMinistryId = "a", DivFte = 2m, Abbreviation = "H" }, 7));
        return CollaborationFigures.Empty with { Members = members.ToImmutableDictionary(m => m.Profile.Id) };
    }

    private static MemberFigures Member(MemberProfile profile, int sessions) =>
        Enumerable.Range(0, sessions).Aggregate(MemberFigures.New(profile),
            (m, i) => m.Add(SampleActivities.Session($"{profile.Id}{i}", provider: profile.Id, host: "a", date: new DateOnly(2025, 6, 1))));

    [Fact]
    public void Absolute_sessions_descending_in_pages_of_three()
    {
        var options = new ComparisonOptions(Year2025, PerFte: false, SortBy: ComparisonColumn.SupportSessions);

        var pages = Enumerable.Range(1, 3).Select(n => ComparisonModel.Page(Figures(), options, n, size: 3)).ToList();

        // h 7, b 6, e 5 | g 4, c 3, f 2 | a 1, d 0.
        Assert.Equal(["h", "b", "e"], pages[0].Rows.Select(r => r.Member.Id));
        Assert.Equal(["g", "c", "f"], pages[1].Rows.Select(r => r.Member.Id));
        Assert.Equal(["a", "d"], pages[2].Rows.Select(r => r.Member.Id));
        Assert.All(pages, p => Assert.Equal((3, 8), (p.Pages, p.Total)));
        Assert.Equal([1, 2, 3], pages.Select(p => p.Number));
    }

    [Fact]
    public void Per_fte_ascending_sorts_over_every_member_before_cutting_the_page()
    {
        var options = new ComparisonOptions(Year2025, PerFte: true, SortBy: ComparisonColumn.SupportSessions, Descending: false);

        var second = ComparisonModel.Page(Figures(), options, 2, size: 3);

        // Per FTE: d 0, a 0.1, f 0.2 | c 0.3, g 0.4, e 0.5 | b 0.6, h 3.5.
        Assert.Equal(["c", "g", "e"], second.Rows.Select(r => r.Member.Id));
        Assert.Equal([0.3m, 0.4m, 0.5m], second.Rows.Select(r => r.SupportSessions));
    }

    [Fact]
    public void A_filter_counts_its_own_pages_and_a_page_past_the_end_shows_the_last()
    {
        var options = new ComparisonOptions(Year2025, PerFte: false, ParentMinistryId: "a", SortBy: ComparisonColumn.Member, Descending: false);

        var page = ComparisonModel.Page(Figures(), options, 9, size: 1);

        // Under a: a itself and h; by abbreviation A, H; page 9 of 2 is page 2.
        Assert.Equal(["h"], page.Rows.Select(r => r.Member.Id));
        Assert.Equal((2, 2, 2), (page.Number, page.Pages, page.Total));
    }

    [Fact]
    public void No_rows_is_one_empty_page()
    {
        var page = ComparisonModel.Page(Figures(), new ComparisonOptions(Year2025, Kind: MemberKind.Other), 1);

        Assert.Equal((0, 1, 1, 0), (page.Rows.Length, page.Number, page.Pages, page.Total));
    }
}
