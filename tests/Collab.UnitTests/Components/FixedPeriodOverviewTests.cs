using System.Collections.Immutable;
using Bunit;
using Collab.Contracts.Indicators;
using Collab.Contracts.Periods;
using Collab.Dashboard.Components.Pages;
using Collab.Dashboard.Live;
using Collab.Tests.Support;

namespace Collab.Tests.Components;

/// <summary>The overview of a fixed period: the version's figures under a banner by default, the live ones with the difference per figure on request.</summary>
public sealed class FixedPeriodOverviewTests
{
    [Fact]
    public void The_overview_shows_the_fixed_figures_and_on_request_the_live_ones_with_the_difference()
    {
        using var culture = new CultureScope("nl-NL");
        var day = DateOnly.FromDateTime(DateTime.Today).AddDays(-3);
        var ocw = MemberFigures.New(SampleMembers.Ocw())
            .Add(SampleActivities.Session("a", people: 4, date: day))
            .Add(SampleActivities.Session("b", people: 6, date: day));
        var fixedFigures = CollaborationFigures.Empty with { Members = ImmutableDictionary<string, MemberFigures>.Empty.Add("ocw", ocw), Version = 1 };
        var live = fixedFigures with { Members = fixedFigures.Members.SetItem("ocw", ocw.Add(SampleActivities.Session("late", people: 3, date: day))), Version = 2 };
        var version = new PeriodVersion("2026-11", 1, VersionState.Fixed, [new VersionStep("fixed", new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), "collaboration-manager:*", "MT")]);
        using var test = new DashboardBunit(live, new OneVersion(new FixedView(version, fixedFigures)));

        var page = test.Context.Render<Overview>();

        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=kpi-SupportSessions]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Contains("versie 1, vastgesteld op 20-11-2026", page.Find("[data-testid=fixed-banner-text]").TextContent);
        Assert.Equal("10", page.Find("[data-testid=kpi-PeopleHelped]").TextContent);
        Assert.Empty(page.FindAll("[data-testid^=kpi-difference]"));

        page.Find("[data-testid=toggle-live]").Click();

        page.WaitForAssertion(() => Assert.Equal("3", page.Find("[data-testid=kpi-SupportSessions]").TextContent), TimeSpan.FromSeconds(5));
        Assert.Equal("13", page.Find("[data-testid=kpi-PeopleHelped]").TextContent);
        Assert.Equal("+1 na vaststelling", page.Find("[data-testid=kpi-difference-SupportSessions]").TextContent);
        Assert.Equal("+3 na vaststelling", page.Find("[data-testid=kpi-difference-PeopleHelped]").TextContent);
        Assert.Equal("ongewijzigd na vaststelling", page.Find("[data-testid=kpi-difference-ExchangeDays]").TextContent);
        Assert.Equal("true", page.Find("[data-testid=toggle-live]").GetAttribute("aria-pressed"));
    }

    private sealed class OneVersion(FixedView view) : IPeriodVersionReader
    {
        public Task<FixedView?> Binding(Period period) => Task.FromResult<FixedView?>(view);
    }
}
