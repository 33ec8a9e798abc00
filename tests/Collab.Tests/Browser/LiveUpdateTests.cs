using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Collab.Contracts.Members;
using Collab.Dashboard;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>A change made elsewhere shows on the open pages without a reload; the delay is printed, not asserted.</summary>
[Collection(AppHostCollection.Name)]
public sealed class LiveUpdateTests(RunningProduct product, ChromiumFixture chromium)
{
    [Fact]
    public async Task Twenty_members_onboarded_elsewhere_are_each_counted_on_the_open_overview_without_reload()
    {
        await product.WaitForDemoAsync();
        await using var orleans = await product.App.ConnectClient();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync("/");
        await session.WaitForInteractive();
        await session.WaitForFigures();
        var members = session.Page.GetByTestId("member-count");
        var delays = new List<long>();

        for (var i = 0; i < 20; i++)
        {
            await Assertions.Expect(members).ToHaveTextAsync(new Regex("^[0-9]+ leden"));
            var shown = int.Parse((await members.InnerTextAsync()).Split(' ')[0], CultureInfo.InvariantCulture);
            await orleans.Client.OnboardAsync(SampleMembers.Ministry($"live-{Guid.NewGuid():N}"[..13]));
            var clock = Stopwatch.StartNew();
            await Assertions.Expect(members).ToHaveTextAsync(new Regex($"^{shown + 1} leden"));
            delays.Add(clock.ElapsedMilliseconds);
        }

        delays.Sort();
        TestContext.Current.TestOutputHelper?.WriteLine($"Update delay from acknowledgement to the open page, 20 updates: p50 {delays[9]} ms, max {delays[^1]} ms");
        Assert.Empty(session.NonLoopbackRequests);
    }

    [Fact]
    public async Task A_session_registered_elsewhere_appears_in_the_open_comparison_without_reload()
    {
        await product.WaitForDemoAsync();
        await using var orleans = await product.App.ConnectClient();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        // Ministries only, by name: the shared product holds more members than one page of 50 rows.
        await session.Page.GotoAsync($"{DashboardUrls.ComparisonRoute}?soort=ministry&sorteer=member&richting=oplopend");
        await session.WaitForInteractive();
        await session.WaitForFigures();
        await session.Page.GetByTestId("absolute").CheckAsync();
        var member = SampleMembers.Ministry($"cmp-{Guid.NewGuid():N}"[..12]);

        await orleans.Client.OnboardAsync(member);
        var row = session.Page.Locator($"tr[data-member='{member.Id}']");
        await Assertions.Expect(row.Locator("td[data-column=SupportSessions]")).ToHaveTextAsync("0");
        var today = DateOnly.FromDateTime(DateTime.Now);
        var result = await orleans.Client.GetGrain<IMemberGrain>(member.Id).Register(SampleActivities.Session($"cmp-{Guid.NewGuid():N}", provider: member.Id, host: "ocw", date: today));
        Assert.True(result.IsCounted);

        await Assertions.Expect(row.Locator("td[data-column=SupportSessions]")).ToHaveTextAsync("1");
    }
}
