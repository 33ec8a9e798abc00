using System.Collections.Immutable;
using Bunit;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Components.Pages;
using Collab.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Collab.Tests.Components;

/// <summary>The comparison page renders one page of 50 rows of the whole sorted comparison, the page in its address beside sort and measure.</summary>
public sealed class ComparisonPagerTests
{
    private static readonly DateOnly ThisMonth = DateOnly.FromDateTime(DateTime.Today);

    // 120 ministries m000..m119; member mNNN registered NNN sessions this month.
    private static CollaborationFigures Figures() => CollaborationFigures.Empty with
    {
        Members = Enumerable.Range(0, 120).Select(i => Enumerable.Range(0, i).Aggregate(
                MemberFigures.New(SampleMembers.Ministry($"m{i:D3}", 10m)),
                (m, n) => m.Add(SampleActivities.Session($"m{i:D3}-{n}", provider: $"m{i:D3}", host: "m000", date: ThisMonth))))
            .ToImmutableDictionary(m => m.Profile.Id),
        Version = 1,
    };

    [Fact]
    public void Page_two_of_the_absolute_sessions_shows_rows_51_to_100_with_links_to_its_neighbours()
    {
        using var culture = new CultureScope("nl-NL");
        using var test = new DashboardBunit(Figures());
        test.Context.Services.GetRequiredService<NavigationManager>().NavigateTo("vergelijking?maat=absoluut&sorteer=support-sessions&pagina=2");

        var page = test.Context.Render<Comparison>();

        // Descending by sessions: page 1 is m119..m070, page 2 m069..m020, page 3 m019..m000.
        page.WaitForAssertion(() => Assert.Equal(50, page.FindAll("tr[data-member]").Count), TimeSpan.FromSeconds(5));
        var rows = page.FindAll("tr[data-member]").Select(r => r.GetAttribute("data-member")).ToList();
        Assert.Equal(("m069", "m020"), (rows[0], rows[^1]));
        Assert.Equal("69", page.Find("tr[data-member=m069] td[data-column=SupportSessions]").TextContent);
        Assert.Equal("Pagina 2 van 3 (51–100 van 120)", page.Find("[data-testid=page-position]").TextContent);
        var next = page.Find("[data-testid=page-next]").GetAttribute("href");
        var previous = page.Find("[data-testid=page-previous]").GetAttribute("href");
        Assert.Equal("vergelijking?maat=absoluut&sorteer=support-sessions&pagina=3", next);
        Assert.Equal("vergelijking?maat=absoluut&sorteer=support-sessions", previous);
    }
}
