using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

[Collection(AppHostCollection.Name)]
public sealed class HomePageTests(RunningProduct product, ChromiumFixture chromium)
{
    [Fact]
    public async Task The_home_page_renders_styled_Fluent_components_in_Dutch_with_live_cluster_status()
    {
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl);

        await session.Page.GotoAsync("/");

        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync("Overzicht van de samenwerking");
        await Assertions.Expect(session.Page.GetByTestId("silos-up")).ToHaveTextAsync("2");
        await Assertions.Expect(session.Page.GetByTestId("store-mode")).ToHaveTextAsync("ingebouwd (Garnet)");
        // Styled: the Fluent web components are defined and the Fluent stylesheet lays out the page as a grid.
        await session.WaitForInteractive();
        Assert.True(await session.Page.EvaluateAsync<bool>("() => customElements.get('fluent-button') !== undefined"));
        await Assertions.Expect(session.Page.Locator(".fluent-layout")).ToHaveCSSAsync("display", "grid");
        Assert.Empty(session.NonLoopbackRequests);
    }

    [Fact]
    public async Task Choosing_English_translates_the_page_and_is_remembered()
    {
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl);
        await session.Page.GotoAsync("/");
        await session.WaitForInteractive();

        await session.Page.Locator("fluent-button", new() { HasText = "English" }).ClickAsync();

        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync("Collaboration overview");
        await Assertions.Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await session.Page.GotoAsync("/");
        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync("Collaboration overview");
        await session.WaitForInteractive();

        await session.Page.Locator("fluent-button", new() { HasText = "Nederlands" }).ClickAsync();
        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync("Overzicht van de samenwerking");
        Assert.Empty(session.NonLoopbackRequests);
    }
}
