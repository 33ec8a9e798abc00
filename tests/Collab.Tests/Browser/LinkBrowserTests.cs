using System.Text.RegularExpressions;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>
/// Links that keep the view: state set through the UI lands in the address, "Kopieer link" puts that address on the clipboard,
/// and a fresh browser context opening it sees the same view; back and forward step through views; a broken link gets a notice.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed partial class LinkBrowserTests(RunningProduct product, ChromiumFixture chromium)
{
    /// <summary>
    /// Per page: set a view through the UI, waiting after each step until the page has rendered it (the address changes
    /// first), the address parameter that proves it landed, and what must look the same.
    /// </summary>
    private static readonly (string Path, Func<IPage, Task> Set, string Param, string Same)[] Views =
    [
        ("/", p => ChoosePeriod(p, "Year", selects: 2), "periode=jaar", "#kpi-heading"),
        ("/vergelijking", async p =>
        {
            await p.GetByTestId("filter-kind").SelectOptionAsync("ExecutingAgency");
            await Assertions.Expect(p.Locator("tr[data-member=ocw]")).ToHaveCountAsync(0);
            await p.GetByTestId("absolute").CheckAsync();
            await Assertions.Expect(p.Locator("[data-testid=comparison] caption")).ToContainTextAsync("Absoluut");
            var helped = p.Locator("[data-testid=comparison] thead th", new() { Has = p.Locator("button", new() { HasText = "Geholpen" }) });
            await helped.Locator("button").ClickAsync();
            await Assertions.Expect(helped).ToHaveAttributeAsync("aria-sort", "descending");
        }, "sorteer=people-helped", "[data-testid=comparison]"),
        ("/uitwisseling", async p =>
        {
            await p.GetByTestId("measure-days").CheckAsync();
            await Assertions.Expect(p.Locator(".heatmap caption")).ToContainTextAsync("Persoonsdagen");
            await p.Locator(".heatmap tbody button").First.ClickAsync();
            await Assertions.Expect(p.GetByTestId("cell-details")).ToBeVisibleAsync();
        }, "gever=", "[data-testid=cell-details]"),
        ("/leden/ocw", p => ChoosePeriod(p, "Quarter", selects: 3), "periode=kwartaal", "[data-testid=member-figures]"),
        ("/initiatieven/pop-up-stores", p => ChoosePeriod(p, "Year", selects: 2), "periode=jaar", "[data-testid=targets]"),
        ("/rapport", async p =>
        {
            await ChoosePeriod(p, "Quarter", selects: 3);
            await Assertions.Expect(p.Locator("h1")).ToContainTextAsync(new Regex(@"Q\d \d{4}"));
        }, "tot=", "[data-testid=report-key-figures]"),
        ("/audit", async p =>
        {
            // Page views leave no audit lines, so the selection of the manager's own refused writes stays put between both readers.
            await p.GetByTestId("audit-actor").FillAsync("collaboration-manager");
            await p.GetByTestId("audit-result").FillAsync("409");
            await p.GetByTestId("audit-apply").ClickAsync();
            await Assertions.Expect(p.GetByTestId("audit-result")).ToHaveValueAsync("409");
        }, "result=409", "[data-testid=audit-shown], [data-testid=audit-empty]"),
    ];

    // The picker shows a year (and a month or quarter) select only once the page has rendered the chosen kind.
    private static async Task ChoosePeriod(IPage page, string kind, int selects)
    {
        await page.GetByTestId("period-kind").SelectOptionAsync(kind);
        await Assertions.Expect(page.Locator("fieldset.period-picker").First.Locator("select")).ToHaveCountAsync(selects);
    }

    [Fact]
    public async Task Every_page_opens_from_its_copied_link_in_a_fresh_browser_with_the_same_view()
    {
        await product.WaitForDemoAsync();
        await using var author = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl);
        await author.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await using var reader = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl);
        var page = author.Page;

        foreach (var (path, set, param, same) in Views)
        {
            await page.GotoAsync(path);
            await author.WaitForInteractive();
            if (path != "/audit")
            {
                // The audit trail is no live page: it has no update time to wait for.
                await author.WaitForFigures();
            }

            await set(page);
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(param)));
            // A filter form may load the page anew: the copy button answers once its live connection is up again.
            await author.WaitForInteractive();
            var shown = await page.Locator(same).TextContentAsync() ?? "";

            await page.GetByTestId("copy-link").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByTestId("copy-link-status")).ToHaveTextAsync("Link gekopieerd");
            var link = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
            Assert.Equal(page.Url, link);

            await reader.Page.GotoAsync(link);
            await Assertions.Expect(reader.Page.Locator(same)).ToHaveTextAsync(shown);
            Assert.Equal(0, await reader.Page.GetByTestId("link-notice").CountAsync());
        }

        Assert.Empty(author.NonLoopbackRequests);
        Assert.Empty(reader.NonLoopbackRequests);
    }

    [Fact]
    public async Task Back_and_forward_step_through_the_views_of_a_page()
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl);
        var page = session.Page;
        await page.GotoAsync("/vergelijking");
        await session.WaitForInteractive();
        await session.WaitForFigures();
        var sessions = page.Locator("[data-testid=comparison] thead th", new() { Has = page.Locator("button", new() { HasText = "Sessies" }) });

        await sessions.Locator("button").ClickAsync();
        await Assertions.Expect(sessions).ToHaveAttributeAsync("aria-sort", "descending");
        await sessions.Locator("button").ClickAsync();
        await Assertions.Expect(sessions).ToHaveAttributeAsync("aria-sort", "ascending");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("richting=oplopend"));

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("richting=aflopend"));
        await Assertions.Expect(sessions).ToHaveAttributeAsync("aria-sort", "descending");
        await page.GoBackAsync();
        await Assertions.Expect(sessions).ToHaveAttributeAsync("aria-sort", "none");
        await page.GoForwardAsync();
        await page.GoForwardAsync();
        await Assertions.Expect(sessions).ToHaveAttributeAsync("aria-sort", "ascending");
    }

    [Theory]
    [InlineData("/vergelijking?sorteer=kleur&periode=decennium&onbekend=1", "sorteer, periode, onbekend")]
    [InlineData("/uitwisseling?gever=niemand&ontvanger=ocw&maat=absoluut", "gever, ontvanger")]
    [InlineData("/leden/ocw?periode=maand&van=2024-13", "periode, van")]
    public async Task A_broken_link_shows_the_default_view_with_a_notice_never_an_error(string path, string named)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl);

        var response = await session.Page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await session.WaitForFigures();
        var notice = session.Page.GetByTestId("link-notice");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        foreach (var name in named.Split(", "))
        {
            await Assertions.Expect(notice).ToContainTextAsync(name);
        }

        await Assertions.Expect(session.Page.GetByTestId("period-kind")).ToHaveValueAsync("Last12Months");
    }
}
