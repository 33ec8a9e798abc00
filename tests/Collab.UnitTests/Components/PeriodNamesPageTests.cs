using Bunit;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Components.Pages;
using Collab.Tests.Support;
using Collab.Tests.Views;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Collab.Tests.Components;

/// <summary>The pages show the names of then: a registration of 2023 by EZK, one of 2025 by EZ; a period over 2025 "EZ (voorheen EZK)".</summary>
public sealed class PeriodNamesPageTests
{
    [Fact]
    public void The_latest_registrations_name_the_members_as_on_each_registrations_date()
    {
        using var culture = new CultureScope("nl-NL");
        var figures = PeriodNamesTests.Figures();
        var ezk = figures.Members["ezk"]
            .Add(SampleActivities.Session("old", provider: "ezk", host: "ocw", people: 4, date: new(2023, 5, 10)))
            .Add(SampleActivities.Session("new", provider: "ezk", host: "ocw", people: 6, date: new(2025, 5, 10)));
        using var test = new DashboardBunit(figures with { Members = figures.Members.SetItem("ezk", ezk), Version = 1 });

        var page = test.Context.Render<Overview>();

        page.WaitForAssertion(() => Assert.Equal(
            ["10-05-2025: EZ hielp 6 mensen bij OCW", "10-05-2023: EZK hielp 4 mensen bij OCW"],
            page.FindAll("[data-testid=latest] li").Select(li => li.TextContent.Trim())), TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("2023-01", "2023-12", "EZK")]
    [InlineData("2025-01", "2025-12", "EZ (voorheen EZK)")]
    public void An_initiative_page_names_its_lead_as_at_the_end_of_the_period(string from, string to, string expected)
    {
        using var culture = new CultureScope("nl-NL");
        using var test = new DashboardBunit(PeriodNamesTests.Figures());
        test.Context.Services.GetRequiredService<NavigationManager>().NavigateTo($"initiatieven/inkoop?van={from}&tot={to}");

        var page = test.Context.Render<InitiativePage>(p => p.Add(x => x.Id, "inkoop"));

        page.WaitForAssertion(() => Assert.Equal(expected, page.Find("[data-testid=lead]").TextContent.Trim()), TimeSpan.FromSeconds(5));
        Assert.Equal(["OCW", expected], page.FindAll("a.participant").Select(a => a.TextContent.Trim()));
    }
}
