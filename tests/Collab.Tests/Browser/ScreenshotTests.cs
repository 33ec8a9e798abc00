using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Collab.Dashboard;
using Collab.Dashboard.Api;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>
/// Pictures of every page at 1280×800 in Dutch, and of the targets sections whole. At the moment of each shot the page is in Dutch, its
/// heading and its key figure (not zero) are in the picture, and nothing sticks out sideways. They land in TestResults/screenshots, or in
/// the folder that COLLAB_SCREENSHOTS_DIR names (the README's refresh command points it at docs/screenshots).
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ScreenshotTests(RunningProduct product, ChromiumFixture chromium)
{
    private static readonly Regex NotZero = new("[1-9]");

    /// <summary>What each page's picture is for: its heading, as the demo names things, and where its key figure stands.</summary>
    private static readonly Dictionary<string, (string Heading, string Figure)> Pages = new()
    {
        ["overview"] = ("Overzicht van de samenwerking", "[data-testid=kpi-SupportSessions]"),
        ["comparison"] = ("Deelname vergelijken", "[data-testid=comparison] td[data-column=SupportSessions]"),
        ["exchange"] = ("Wie deelt kennis met wie", "td.cell"),
        ["member"] = ("Ministerie van Onderwijs, Cultuur en Wetenschap (OCW)", "[data-testid=member-sessions]"),
        ["initiative"] = ("Gezamenlijke inkoop DMS-licenties", "[data-testid=targets] td.num"),
    };

    [Theory]
    [MemberData(nameof(DashboardPages.Each), MemberType = typeof(DashboardPages))]
    public async Task Each_page_is_captured_at_1280_by_800_in_Dutch_with_its_heading_and_key_figure_in_view(string name, string path)
    {
        var (heading, figure) = Pages[name];
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync(path);
        await session.WaitForInteractive();
        await session.WaitForFigures();

        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync(heading);
        await Assertions.Expect(session.Page.Locator("h1")).ToBeInViewportAsync();
        // The key figure is on the page and can be brought into view (export and link tools may push it below the fold).
        var keyFigure = session.Page.Locator(figure).Filter(new() { HasTextRegex = NotZero }).First;
        await keyFigure.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(keyFigure).ToBeInViewportAsync();
        Assert.Equal(0, await SidewaysOverflow(session.Page));
        await Capture(session, name);
    }

    [Theory]
    [InlineData("register", DashboardUrls.RegisterRoute, "Registreren", "[data-testid=register-form] input")]
    [InlineData("import", DashboardUrls.ImportRoute, "Importeren", "[data-testid=import-file]")]
    [InlineData("manage", DashboardUrls.ManageRoute, "Beheer", "[data-testid=member-list] tbody tr")]
    public async Task Each_form_page_is_captured_at_1280_by_800_in_Dutch_with_its_heading_and_what_it_starts_with_in_view(string name, string path, string heading, string first)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync(path);
        await session.WaitForInteractive();

        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync(heading);
        await Assertions.Expect(session.Page.Locator("h1")).ToBeInViewportAsync();
        await Assertions.Expect(session.Page.Locator(first).First).ToBeInViewportAsync();
        Assert.Equal(0, await SidewaysOverflow(session.Page));
        await Capture(session, name);
    }

    [Theory]
    [InlineData("overview-targets", "/", "initiatives-heading", "Initiatieven en doelen")]
    [InlineData("initiative-targets", DashboardUrls.InitiativesBase + "/pop-up-stores", "targets-heading", "Doelen en realisatie in de looptijd")]
    public async Task Targets_with_their_forecast_and_status_are_captured_whole_in_Dutch(string name, string path, string headingId, string heading)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        // Tall enough for the whole section, so the page's own scrolling and footer do not cut it.
        await session.Page.SetViewportSizeAsync(1280, 3200);
        await session.Page.GotoAsync(path);
        await session.WaitForInteractive();
        await session.WaitForFigures();
        var section = session.Page.Locator($"section[aria-labelledby={headingId}]");

        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(section.Locator($"#{headingId}")).ToHaveTextAsync(heading);
        // The demo's terms run on past today: every target but the one without an end date has a forecast and a status in words.
        await Assertions.Expect(section.GetByTestId("target-basis")).ToContainTextAsync("Voortgang = gerealiseerd in de looptijd");
        await Assertions.Expect(section.Locator("[data-testid=target-status]:not([data-status=none])").First).ToHaveTextAsync(new Regex("op koers|risico|achter"));
        await section.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(section).ToBeInViewportAsync();
        Assert.Equal(0, await SidewaysOverflow(session.Page));
        await Capture(session, name, section);
    }

    /// <summary>How many pixels the page is wider than the window (0 when it fits).</summary>
    private static async Task<int> SidewaysOverflow(IPage page) =>
        Math.Max(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth"));

    [Fact]
    public async Task The_audit_trail_is_captured_in_Dutch()
    {
        await product.WaitForDemoAsync();
        // A few writes of each kind, so the picture shows accepted and refused lines.
        using var registrar = await ApiClients.As(product.App, ApiRoles.Registrar, "ocw");
        using var anonymous = ApiClients.Anonymous(product.App);
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd");
        foreach (var (client, member) in new[] { (registrar, "ocw"), (registrar, "ezk"), (anonymous, "ocw") })
        {
            await client.PostAsJsonAsync("/api/v1/support-sessions", new
            {
                id = $"shot-{Guid.NewGuid():N}"[..20],
                date = today,
                providingMemberId = member,
                hostMemberId = "lnv",
                format = "helpdesk",
                topics = new[] { "dms" },
                peopleHelped = 2,
                durationMinutes = 30,
                leaflets = 0,
            }, TestContext.Current.CancellationToken);
        }

        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync("/audit");
        await session.WaitForInteractive();
        await Assertions.Expect(session.Page.GetByTestId("audit-line").First).ToBeVisibleAsync();
        await Capture(session, "audit");
    }

    /// <summary>What a phone shows first of every page (390 × 844, Dutch), as docs/screenshots/phone-*.png.</summary>
    [Fact]
    public async Task Each_page_is_captured_on_a_390_px_phone_in_Dutch()
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.SetViewportSizeAsync(390, 844);
        foreach (var (name, path) in PhonePages)
        {
            await session.Page.GotoAsync(path);
            await session.WaitForInteractive();
            if (ReflowPages.IsLive(path))
            {
                await session.WaitForFigures();
            }

            // The picture is only worth keeping when the page fits the phone and its heading is in view.
            Assert.Equal(0, await SidewaysOverflow(session.Page));
            await Assertions.Expect(session.Page.Locator("h1").First).ToBeInViewportAsync();
            await Capture(session, $"phone-{name}");
        }
    }

    private static readonly (string Name, string Path)[] PhonePages =
    [
        ("overview", "/"), ("comparison", "/vergelijking"), ("exchange", "/uitwisseling"), ("member", "/leden/ocw"),
        ("initiative", "/initiatieven/pop-up-stores"), ("initiative-procurement", "/initiatieven/inkoop-dms-licenties"),
        ("register", "/registreren"), ("register-contact", "/registreren/kennisdeling"), ("register-procurement", "/registreren/inkoop"),
        ("import", "/importeren"), ("manage", "/beheer"), ("accessibility", "/toegankelijkheid"), ("privacy", "/privacy"),
        ("contact", "/contact"), ("not-found", "/bestaat-niet"), ("open-data", DashboardUrls.OpenDataRoute), ("report", DashboardUrls.ReportRoute),
        ("audit", DashboardUrls.AuditRoute), ("period-versions", DashboardUrls.PeriodVersionsRoute), ("sign-in", DashboardUrls.SignInRoute),
    ];

    private static async Task Capture(BrowserSession session, string name, ILocator? part = null)
    {
        var folder = Environment.GetEnvironmentVariable("COLLAB_SCREENSHOTS_DIR")
            ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}.png");
        if (part is null)
        {
            await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Animations = ScreenshotAnimations.Disabled });
        }
        else
        {
            await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = file, Animations = ScreenshotAnimations.Disabled });
        }
    }
}
