using System.Diagnostics;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>A change made elsewhere shows on an open page without a reload.</summary>
[Collection(AppHostCollection.Name)]
public sealed class LiveUpdateTests(RunningProduct product, ChromiumFixture chromium)
{
    [Fact]
    public async Task A_member_onboarded_elsewhere_is_counted_on_the_open_home_page_without_reload()
    {
        await using var orleans = await product.App.ConnectClient();
        var collaboration = orleans.Client.GetGrain<ICollaborationGrain>(0);
        // The demo story onboards its seven members first; start once they are all in the view.
        await Eventually.Until(() => collaboration.GetFigures(), f => f.Members.Count >= 7, TimeSpan.FromSeconds(60));
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync("/");
        await session.WaitForInteractive();
        var members = session.Page.GetByTestId("member-count");
        await Assertions.Expect(members).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9]+ leden"));
        var shown = int.Parse((await members.InnerTextAsync()).Split(' ')[0], CultureInfo.InvariantCulture);

        var clock = Stopwatch.StartNew();
        await orleans.Client.OnboardAsync(SampleMembers.Ministry($"live-{Guid.NewGuid():N}"[..13]));
        var acknowledged = clock.ElapsedMilliseconds;

        await Assertions.Expect(members).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^{shown + 1} leden"));
        TestContext.Current.TestOutputHelper?.WriteLine($"Onboarded member counted on the open page {clock.ElapsedMilliseconds - acknowledged} ms after the acknowledgement");
        Assert.Empty(session.NonLoopbackRequests);
    }
}
