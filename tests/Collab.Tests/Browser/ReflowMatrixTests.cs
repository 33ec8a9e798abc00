using System.Diagnostics;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>
/// Every page × language × width (320, 390, 1280 px) × role: no sideways page scrolling outside the table regions, header controls on
/// screen and tappable, the footer after the content, chart text of 11 px or more, and axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing.
/// One browser context per role and language; the viewport is resized between widths.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ReflowMatrixTests(RunningProduct product, ChromiumFixture chromium)
{
    [Theory]
    [MemberData(nameof(ReflowPages.RolesInEachLanguage), MemberType = typeof(ReflowPages))]
    public async Task Every_page_reflows_keeps_its_header_controls_tappable_and_passes_axe_at_every_width(string roleName, string culture)
    {
        await product.WaitForDemoAsync();
        var role = ReflowPages.Roles.Single(r => r.Name == roleName);
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, culture, role.Role, role.Member);
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        var checkedCombinations = 0;
        foreach (var path in ReflowPages.For(roleName))
        {
            await session.Page.SetViewportSizeAsync(1280, 800);
            await session.Page.GotoAsync(path);
            await session.WaitForInteractive();
            if (ReflowPages.IsLive(path))
            {
                await session.WaitForFigures();
            }

            foreach (var width in ReflowPages.Widths)
            {
                await ReflowChecks.ResizeAsync(session.Page, width);
                var found = new List<string?>
                {
                    await ReflowChecks.OverflowAsync(session.Page),
                    await ReflowChecks.FooterAsync(session.Page),
                    await ReflowChecks.ChartTextAsync(session.Page),
                };
                found.AddRange(await ReflowChecks.HeaderControlsAsync(session.Page, width < 768, role.Role is not null));
                if (culture == "nl-NL" && width == ReflowPages.Widths[^1])
                {
                    found.Add(await ReflowChecks.EnglishAsync(session.Page, Texts.EnglishTexts.Fragments));
                }

                found.AddRange(await ReflowChecks.AxeAsync(session.Page));
                problems.AddRange(found.OfType<string>().Select(p => $"{path} @{width}: {p}"));
                checkedCombinations++;
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{roleName} {culture}: {checkedCombinations} combinations in {clock.Elapsed.TotalSeconds:F1} s (matrix total {ReflowPages.Combinations})");
        Assert.Equal(ReflowPages.For(roleName).Count * ReflowPages.Widths.Length, checkedCombinations);
        Assert.True(problems.Count == 0, $"{roleName} {culture}:\n" + string.Join("\n", problems));
        Assert.Empty(session.NonLoopbackRequests);
        Assert.Empty(session.PolicyViolations);
    }
}
