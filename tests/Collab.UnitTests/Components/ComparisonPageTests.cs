using System.Collections.Immutable;
using Bunit;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Components.Pages;
using Collab.Tests.Support;

namespace Collab.Tests.Components;

/// <summary>The comparison page: per DIV FTE by default, absolute on request, and live when a notice arrives.</summary>
public sealed class ComparisonPageTests
{
    private static readonly DateOnly ThisMonth = DateOnly.FromDateTime(DateTime.Today);

    // OCW: 40 FTE, 8 sessions this month; DUO: 2 FTE, 3 sessions this month.
    private static CollaborationFigures Figures(int duoSessions = 3)
    {
        var ocw = MemberFigures.New(SampleMembers.Ministry("ocw", 40m));
        for (var i = 0; i < 8; i++)
        {
            ocw = ocw.Add(SampleActivities.Session($"o{i}", provider: "ocw", host: "duo", date: ThisMonth));
        }

        var duo = MemberFigures.New(SampleMembers.Duo() with { DivFte = 2m });
        for (var i = 0; i < duoSessions; i++)
        {
            duo = duo.Add(SampleActivities.Session($"d{i}", provider: "duo", host: "ocw", date: ThisMonth));
        }

        return CollaborationFigures.Empty with
        {
            Members = ImmutableDictionary.CreateRange([KeyValuePair.Create("ocw", ocw), KeyValuePair.Create("duo", duo)]),
            Version = duoSessions,
        };
    }

    private static string Sessions(IRenderedComponent<Comparison> page, string member) =>
        page.Find($"tr[data-member={member}] td[data-column=SupportSessions]").TextContent;

    [Fact]
    public void Per_DIV_FTE_is_the_default_and_absolute_is_one_click_away()
    {
        using var culture = new CultureScope("nl-NL");
        using var test = new DashboardBunit(Figures());
        var page = test.Context.Render<Comparison>();

        // Per FTE: DUO 3 / 2 = 1,50 and OCW 8 / 40 = 0,20.
        Assert.Equal(("1,50", "0,20"), (Sessions(page, "duo"), Sessions(page, "ocw")));

        page.Find("[data-testid=absolute]").Change(true);

        Assert.Equal(("3", "8"), (Sessions(page, "duo"), Sessions(page, "ocw")));
    }

    [Fact]
    public void A_change_notice_makes_the_open_page_show_the_new_figures_and_a_closed_page_stops_listening()
    {
        using var culture = new CultureScope("nl-NL");
        using var test = new DashboardBunit(Figures());
        var page = test.Context.Render<Comparison>();
        page.Find("[data-testid=absolute]").Change(true);

        test.Figures = Figures(duoSessions: 5);
        test.Feed.Publish(new ChangeNotice(5, ["duo"], []));

        page.WaitForAssertion(() => Assert.Equal("5", Sessions(page, "duo")), TimeSpan.FromSeconds(5));
        Assert.Equal(1, test.Feed.Subscribers);
        page.Instance.Dispose();
        Assert.Equal(0, test.Feed.Subscribers);
    }

    [Fact]
    public void While_the_store_connection_is_down_the_open_page_says_its_figures_are_not_current_and_recovers()
    {
        using var culture = new CultureScope("nl-NL");
        using var test = new DashboardBunit(Figures());
        var page = test.Context.Render<Comparison>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=updated-at]")), TimeSpan.FromSeconds(5));

        var timers = test.Clock.Timers;
        test.Feed.IsCurrent = false;
        test.Feed.Publish(new ChangeNotice(0, [], []));

        page.WaitForAssertion(() => Assert.Contains("niet actueel", page.Find(".live-status").TextContent, StringComparison.OrdinalIgnoreCase), TimeSpan.FromSeconds(5));
        Assert.Empty(page.FindAll("[data-testid=updated-at]"));
        // Past the page's 100 ms of holding back, so the next notice shows at once.
        test.Clock.WaitForTimers(timers + 1);
        test.Clock.Advance(TimeSpan.FromMilliseconds(100));

        test.Feed.IsCurrent = true;
        test.Feed.Publish(new ChangeNotice(0, [], []));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=updated-at]")), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_burst_of_notices_shows_the_first_at_once_and_the_rest_together_100_ms_later()
    {
        using var culture = new CultureScope("nl-NL");
        using var test = new DashboardBunit(Figures());
        var page = test.Context.Render<Comparison>();
        page.Find("[data-testid=absolute]").Change(true);
        var timers = test.Clock.Timers;

        test.Figures = Figures(duoSessions: 5);
        test.Feed.Publish(new ChangeNotice(5, ["duo"], []));
        page.WaitForAssertion(() => Assert.Equal("5", Sessions(page, "duo")), TimeSpan.FromSeconds(5));
        test.Clock.WaitForTimers(timers + 1);
        test.Figures = Figures(duoSessions: 6);
        test.Feed.Publish(new ChangeNotice(6, ["duo"], []));
        test.Figures = Figures(duoSessions: 7);
        test.Feed.Publish(new ChangeNotice(7, ["duo"], []));
        test.Clock.Advance(TimeSpan.FromMilliseconds(99));

        // Read once on opening and once for the first notice; the two after it wait for the 100 ms to pass.
        Assert.Equal((2, "5"), (test.Reads, Sessions(page, "duo")));

        test.Clock.Advance(TimeSpan.FromMilliseconds(1));

        page.WaitForAssertion(() => Assert.Equal("7", Sessions(page, "duo")), TimeSpan.FromSeconds(5));
        Assert.Equal(3, test.Reads);
    }
}
