using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>Every page works on a 390-px-wide phone: nothing makes the page itself scroll sideways.</summary>
[Collection(AppHostCollection.Name)]
public sealed class PhoneWidthTests(RunningProduct product, ChromiumFixture chromium)
{
    [Theory]
    [MemberData(nameof(DashboardPages.Each), MemberType = typeof(DashboardPages))]
    public async Task Each_page_fits_a_390_px_wide_phone(string name, string path)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.SetViewportSizeAsync(390, 844);
        await session.Page.GotoAsync(path);
        await session.WaitForInteractive();
        await session.WaitForFigures();

        var overflow = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(overflow <= 0, $"{name} is {overflow} px wider than the phone");
        await Assertions.Expect(session.Page.Locator("h1")).ToBeVisibleAsync();
    }
}
