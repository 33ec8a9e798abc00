using System.Net;
using System.Net.Http.Json;
using Collab.Dashboard;
using Collab.Dashboard.Api;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>An agency onboarded through the API or the manage page appears on an open comparison page without a reload.</summary>
[Collection(AppHostCollection.Name)]
public sealed class OnboardingPageTests(RunningProduct product, ChromiumFixture chromium)
{
    [Fact]
    public async Task An_agency_onboarded_through_the_API_appears_on_the_open_comparison_page()
    {
        await product.WaitForDemoAsync();
        await using var head = await OpenComparison(ApiRoles.DepartmentHead, "ezk", "ezk");
        using var manager = await ApiClients.As(product.App, ApiRoles.CollaborationManager);
        var id = $"api-agency-{Guid.NewGuid():N}"[..20];
        var row = head.Page.Locator($"tr[data-member='{id}']");
        await Assertions.Expect(row).ToHaveCountAsync(0);

        var created = await manager.PostAsJsonAsync("/api/v1/members", new
        {
            id,
            nameNl = "Agentschap Telecom",
            nameEn = "Radiocommunications Agency",
            abbreviation = "AT",
            kind = "executing-agency",
            parentMinistryId = "ezk",
            divFte = 6.5,
            joinedOn = DateTime.Today.ToString("yyyy-MM-dd"),
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("AT");
        // Rendered after a live change, still in the page's language and date format.
        await Assertions.Expect(row).ToContainTextAsync($"nieuw sinds {DateTime.Today.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
    }

    [Fact]
    public async Task An_agency_added_on_the_manage_page_appears_on_another_open_comparison_page()
    {
        await product.WaitForDemoAsync();
        await using var head = await OpenComparison(ApiRoles.DepartmentHead, "lnv", "ocw");
        await using var manager = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await manager.Page.GotoAsync(DashboardUrls.ManageRoute);
        await manager.WaitForInteractive();
        var id = $"ui-agency-{Guid.NewGuid():N}"[..19];

        await manager.Page.GetByTestId("member-id").FillAsync(id);
        await manager.Page.GetByTestId("member-nameNl").FillAsync("Rijksdienst voor het Cultureel Erfgoed");
        await manager.Page.GetByTestId("member-nameEn").FillAsync("Cultural Heritage Agency");
        await manager.Page.GetByTestId("member-abbreviation").FillAsync("RCE");
        await manager.Page.GetByTestId("field-parentMinistryId").SelectOptionAsync("ocw");
        await manager.Page.GetByTestId("member-divFte").FillAsync("4.5");
        await manager.Page.GetByTestId("member-submit").ClickAsync();

        await Assertions.Expect(manager.Page.GetByTestId("member-saved")).ToContainTextAsync(id);
        var row = head.Page.Locator($"tr[data-member='{id}']");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("RCE");
    }

    [Fact]
    public async Task A_department_head_is_refused_the_manage_page()
    {
        await using var head = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.DepartmentHead, "ocw");
        await head.Page.GotoAsync(DashboardUrls.ManageRoute);

        await Assertions.Expect(head.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await Assertions.Expect(head.Page.GetByTestId("member-form")).ToHaveCountAsync(0);
    }

    /// <summary>The comparison of one ministry and its agencies: the shared product holds more members than a page of 50 rows.</summary>
    private async Task<BrowserSession> OpenComparison(string role, string member, string ministry)
    {
        var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", role, member);
        await session.Page.GotoAsync($"{DashboardUrls.ComparisonRoute}?ministerie={ministry}");
        await session.WaitForInteractive();
        await session.WaitForFigures();
        return session;
    }
}
