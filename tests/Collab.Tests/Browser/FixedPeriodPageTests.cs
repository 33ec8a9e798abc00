using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Api;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>
/// Acceptance 1 of issue 14 on the page: a fixed month shows its version's figures under a banner; "toon actuele cijfers" shows the
/// live figures with how far each moved after fixing. Also pictures of the banner and of /open-data for docs/screenshots.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class FixedPeriodPageTests(RunningProduct product, ChromiumFixture chromium)
{
    [Fact]
    public async Task A_fixed_month_shows_its_version_with_a_banner_and_the_live_figures_with_the_difference_per_figure()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        await PeriodVersionApiTests.Register(manager, "2019-05-06", 4);
        await PeriodVersionApiTests.Register(manager, "2019-05-16", 6);
        await PeriodVersionApiTests.LiveUntil(manager, "2019-05", sessions: 2, people: 10);
        var fix = await manager.PostAsJsonAsync("/api/v1/periods/2019-05/versions", new { reason = "MT 4 juni" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, fix.StatusCode);
        await PeriodVersionApiTests.Register(manager, "2019-05-29", 3);
        await PeriodVersionApiTests.LiveUntil(manager, "2019-05", sessions: 3, people: 13);
        var kept = await manager.GetFromJsonAsync<JsonElement>("/api/v1/periods/2019-05/versions/1", TestContext.Current.CancellationToken);
        Assert.Equal(10, kept.GetProperty("collaboration").GetProperty("peopleHelped").GetInt32());

        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync("/");
        await session.WaitForInteractive();
        await session.WaitForFigures();
        await ChooseMonth(session.Page, 2019, 5);

        var banner = session.Page.GetByTestId("fixed-banner");
        await Assertions.Expect(banner.GetByTestId("fixed-banner-text")).ToContainTextAsync("versie 1, vastgesteld op");
        await Assertions.Expect(session.Page.GetByTestId("kpi-SupportSessions")).ToHaveTextAsync("2");
        await Assertions.Expect(session.Page.GetByTestId("kpi-PeopleHelped")).ToHaveTextAsync("10");
        await Assertions.Expect(session.Page.GetByTestId("kpi-difference-SupportSessions")).ToHaveCountAsync(0);

        await banner.GetByTestId("toggle-live").ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("kpi-SupportSessions")).ToHaveTextAsync("3");
        await Assertions.Expect(session.Page.GetByTestId("kpi-PeopleHelped")).ToHaveTextAsync("13");
        await Assertions.Expect(session.Page.GetByTestId("kpi-difference-SupportSessions")).ToHaveTextAsync("+1 na vaststelling");
        await Assertions.Expect(session.Page.GetByTestId("kpi-difference-PeopleHelped")).ToHaveTextAsync("+3 na vaststelling");
        await Assertions.Expect(session.Page.GetByTestId("kpi-difference-ExchangeDays")).ToHaveTextAsync("ongewijzigd na vaststelling");
        await Assertions.Expect(banner.GetByTestId("toggle-live")).ToHaveAttributeAsync("aria-pressed", "true");
        await Capture(session, "fixed-period-banner", session.Page.Locator("main"));
    }

    [Fact]
    public async Task The_open_data_page_is_public_and_lists_published_versions_with_small_counts_as_a_marker()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        // The month has its own figures: ocw helped 2 people (below 5), ezk 9.
        await PeriodVersionApiTests.Register(manager, "2019-06-11", 2);
        await PeriodVersionApiTests.Register(manager, "2019-06-12", 9, "ezk");
        await PeriodVersionApiTests.LiveUntil(manager, "2019-06", sessions: 2, people: 11);
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/v1/periods/2019-06/versions", new { reason = "MT juli" }, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsJsonAsync("/api/v1/periods/2019-06/versions/1/publish", new { reason = "Woo" }, TestContext.Current.CancellationToken)).StatusCode);

        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync("/open-data");

        await Assertions.Expect(session.Page.GetByTestId("open-data-2019-06-1")).ToContainTextAsync("data.csv");
        await Assertions.Expect(session.Page.GetByTestId("suppression-text")).ToContainTextAsync("onder de 5");
        await Assertions.Expect(session.Page.GetByTestId("open-data-preview").GetByTestId("suppressed-cell").First).ToHaveTextAsync("x");
        await Capture(session, "open-data", null);
    }

    private static async Task ChooseMonth(IPage page, int year, int month)
    {
        await page.GetByTestId("period-kind").SelectOptionAsync("Month");
        var selects = page.Locator("fieldset.period-picker select");
        await Assertions.Expect(selects).ToHaveCountAsync(3);
        await selects.Nth(1).SelectOptionAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Each choice is a round trip to the circuit: the month is chosen once the year has been shown, or the year's answer can undo it.
        var heading = page.Locator("h2", new() { HasTextString = "Kerncijfers" });
        await Assertions.Expect(heading).ToContainTextAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await selects.Nth(2).SelectOptionAsync(month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var name = new DateOnly(year, month, 1).ToString("MMMM yyyy", new System.Globalization.CultureInfo("nl-NL"));
        await Assertions.Expect(heading).ToContainTextAsync(name);
    }

    private static async Task Capture(BrowserSession session, string name, ILocator? part)
    {
        var folder = Environment.GetEnvironmentVariable("COLLAB_SCREENSHOTS_DIR") ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}.png");
        if (part is null)
        {
            await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Animations = ScreenshotAnimations.Disabled, FullPage = true });
        }
        else
        {
            await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = file, Animations = ScreenshotAnimations.Disabled });
        }

        Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
    }
}
