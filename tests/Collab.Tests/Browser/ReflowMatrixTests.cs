using System.Collections.Concurrent;
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
        var problems = new ConcurrentBag<string>();
        var checkedCombinations = 0;
        var paths = new ConcurrentQueue<string>(ReflowPages.For(roleName));
        // A few tabs side by side: while one waits for the server, another is measured.
        var tabs = await Task.WhenAll(Enumerable.Range(0, Tabs).Select(i => i == 0 ? Task.FromResult(session.Page) : session.NewPageAsync()));
        await Task.WhenAll(tabs.Select(async page =>
        {
            while (paths.TryDequeue(out var path))
            {
                foreach (var problem in await CheckAsync(page, path, culture, role.Role is not null))
                {
                    problems.Add(problem);
                }

                Interlocked.Add(ref checkedCombinations, ReflowPages.Widths.Length);
            }
        }));

        TestContext.Current.TestOutputHelper?.WriteLine($"{roleName} {culture}: {checkedCombinations} combinations in {clock.Elapsed.TotalSeconds:F1} s (matrix total {ReflowPages.Combinations})");
        Assert.Equal(ReflowPages.For(roleName).Count * ReflowPages.Widths.Length, checkedCombinations);
        Assert.True(problems.Count == 0, $"{roleName} {culture}:\n" + string.Join("\n", problems));
        Assert.Empty(session.NonLoopbackRequests);
        Assert.Empty(session.PolicyViolations);
    }

    [Fact]
    public void The_short_run_checks_every_page_the_whole_matrix_checks()
    {
        var (full, shortRun) = ReflowPages.PagesOfBothRuns;
        Assert.Equal(full.Order(), shortRun.Order());
        Assert.Equal(20, full.Count);
    }

    private const int Tabs = 3;

    /// <summary>One page at every width, resized in place: overflow, footer, chart text, header controls, English, axe.</summary>
    private static async Task<IReadOnlyList<string>> CheckAsync(IPage page, string path, string culture, bool signedIn)
    {
        await page.SetViewportSizeAsync(1280, 800);
        await page.GotoAsync(path);
        await page.Locator("main[data-interactive=true]").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        if (ReflowPages.IsLive(path))
        {
            await page.Locator("[data-testid=updated-at]").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        }

        var problems = new List<string>();
        foreach (var width in ReflowPages.Widths)
        {
            await ReflowChecks.ResizeAsync(page, width);
            var found = new List<string?>
            {
                await ReflowChecks.OverflowAsync(page),
                await ReflowChecks.FooterAsync(page),
                await ReflowChecks.ChartTextAsync(page),
            };
            found.AddRange(await ReflowChecks.HeaderControlsAsync(page, width < 768, signedIn));
            if (culture == "nl-NL" && width == ReflowPages.Widths[^1])
            {
                found.Add(await ReflowChecks.EnglishAsync(page, Texts.EnglishTexts.Fragments));
            }

            if (ReflowPages.AxeAt(width))
            {
                found.AddRange(await ReflowChecks.AxeAsync(page));
            }
            problems.AddRange(found.OfType<string>().Select(p => $"{path} @{width}: {p}"));
        }

        return problems;
    }
}
