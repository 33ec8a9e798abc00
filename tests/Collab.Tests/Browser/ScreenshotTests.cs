using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>
/// Pictures of every page at 1280×800 in Dutch. They land in TestResults/screenshots, or in the folder that
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

    private static async Task Capture(BrowserSession session, string name)
    {
        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        var folder = Environment.GetEnvironmentVariable("COLLAB_SCREENSHOTS_DIR")
            ?? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}.png");
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, Animations = ScreenshotAnimations.Disabled });

        Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
    }
}
