using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>
/// Pictures of every page at 1280×800 in Dutch, and of the targets sections whole. They land in TestResults/screenshots, or in the folder that
/// COLLAB_SCREENSHOTS_DIR names (the README's refresh command points it at docs/screenshots).
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ScreenshotTests(RunningProduct product, ChromiumFixture chromium)
{
    [Theory]
    [MemberData(nameof(DashboardPages.Each), MemberType = typeof(DashboardPages))]
    public async Task Each_page_is_captured_at_1280_by_800_in_Dutch(string name, string path)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync(path);
        await session.WaitForInteractive();
        await session.WaitForFigures();
        await Capture(session, name);
    }

    [Theory]
    [InlineData("register", "/registreren")]
    [InlineData("import", "/importeren")]
    [InlineData("manage", "/beheer")]
    public async Task Each_form_is_captured_at_1280_by_800_in_Dutch(string name, string path)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync(path);
        await session.WaitForInteractive();
        await Capture(session, name);
    }

    [Theory]
    [InlineData("overview-targets", "/", "initiatives-heading")]
    [InlineData("initiative-targets", "/initiatieven/pop-up-stores", "targets-heading")]
    public async Task Targets_with_their_forecast_and_status_are_captured_in_Dutch(string name, string path, string heading)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        // Tall enough for the whole section, so the page's own scrolling and footer do not cut it.
        await session.Page.SetViewportSizeAsync(1280, 2400);
        await session.Page.GotoAsync(path);
        await session.WaitForInteractive();
        await session.WaitForFigures();
        var section = session.Page.Locator($"section[aria-labelledby={heading}]");
        // The demo's terms run on past today: every target but the one without an end date has a forecast and a status in words.
        await Assertions.Expect(section.GetByTestId("target-basis")).ToContainTextAsync("Voortgang = gerealiseerd in de looptijd");
        await Assertions.Expect(section.Locator("[data-testid=target-status]:not([data-status=none])").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("op koers|risico|achter"));
        await Capture(session, name, section);
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

            await Capture(session, $"phone-{name}");
        }
    }

    private static readonly (string Name, string Path)[] PhonePages =
    [
        ("overview", "/"), ("comparison", "/vergelijking"), ("exchange", "/uitwisseling"), ("member", "/leden/ocw"),
        ("initiative", "/initiatieven/pop-up-stores"), ("initiative-procurement", "/initiatieven/inkoop-dms-licenties"),
        ("register", "/registreren"), ("register-contact", "/registreren/kennisdeling"), ("register-procurement", "/registreren/inkoop"),
        ("import", "/importeren"), ("manage", "/beheer"), ("accessibility", "/toegankelijkheid"), ("privacy", "/privacy"),
        ("contact", "/contact"), ("not-found", "/bestaat-niet"),
    ];

    private static async Task Capture(BrowserSession session, string name, ILocator? part = null)
    {
        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
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

        Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
    }
}
