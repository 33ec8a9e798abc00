using Collab.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Collab.Tests.Browser;

/// <summary>axe (WCAG 2.0 A and AA, 2.1 AA) finds nothing on any page, in Dutch or English, and the script policy refuses nothing.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AccessibilityTests(RunningProduct product, ChromiumFixture chromium)
{
    [Theory]
    [MemberData(nameof(DashboardPages.EachInEachLanguage), MemberType = typeof(DashboardPages))]
    public async Task Axe_finds_no_violations(string path, string culture)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, culture);
        await session.Page.GotoAsync(path);
        await session.WaitForInteractive();
        await session.WaitForFigures();

        await AssertClean(session);
    }

    [Theory]
    [MemberData(nameof(DashboardPages.FormsInEachLanguage), MemberType = typeof(DashboardPages))]
    public async Task Axe_finds_no_violations_on_the_forms(string path, string culture)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, culture);
        await session.Page.GotoAsync(path);
        await session.WaitForInteractive();

        await AssertClean(session);
    }

    /// <summary>No axe violation, nothing fetched from outside, nothing the script policy had to refuse.</summary>
    internal static async Task AssertClean(BrowserSession session)
    {
        var result = await session.Page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
        Assert.Empty(session.NonLoopbackRequests);
        Assert.Empty(session.PolicyViolations);
    }
}
