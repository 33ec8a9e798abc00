using System.Net.Http.Json;
using System.Text.Json;
using Collab.Dashboard;
using Collab.Dashboard.Api;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>
/// Membership on the pages: a member page names the member as in the chosen period ("voorheen EZK" once renamed); the manage page
/// refuses an id that exists, refuses an edit that another edit overtook, ends a membership, and edits an initiative from its list.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class MembershipPageTests(RunningProduct product, ChromiumFixture chromium)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_member_page_shows_the_name_of_the_chosen_period()
    {
        await product.WaitForDemoAsync();
        await using var head = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.DepartmentHead, "ezk");
        await head.Page.GotoAsync(DashboardUrls.Member("ezk"));
        await head.WaitForInteractive();
        var name = head.Page.GetByTestId("member-name");

        // The demo's EZK was renamed EZ on 2024-07-02; the last 12 months show the current name and the former one.
        await Assertions.Expect(name).ToContainTextAsync("Ministerie van Economische Zaken (EZ)");
        await Assertions.Expect(name).ToContainTextAsync("voorheen EZK");

        await head.Page.GetByTestId("period-kind").SelectOptionAsync("Year");
        await head.Page.Locator(".period-picker select").Nth(1).SelectOptionAsync("2023");

        await Assertions.Expect(name).ToContainTextAsync("Ministerie van Economische Zaken en Klimaat (EZK)");
        await Assertions.Expect(name).Not.ToContainTextAsync("voorheen");
    }

    [Fact]
    public async Task Adding_a_member_whose_id_exists_is_refused_beside_the_id_and_changes_nothing()
    {
        await product.WaitForDemoAsync();
        using var api = await ApiClients.As(product.App, ApiRoles.CollaborationManager);
        var before = await ProfileEdits.ETagAsync(api, "/api/v1/members/duo", Cancel);
        await using var manager = await OpenManage();

        await manager.Page.GetByTestId("member-id").FillAsync("duo");
        await manager.Page.GetByTestId("member-nameNl").FillAsync("Overschreven");
        await manager.Page.GetByTestId("member-nameEn").FillAsync("Overwritten");
        await manager.Page.GetByTestId("member-abbreviation").FillAsync("OV");
        await manager.Page.GetByTestId("field-parentMinistryId").SelectOptionAsync("ocw");
        await manager.Page.GetByTestId("member-divFte").FillAsync("2");
        await manager.Page.GetByTestId("member-submit").ClickAsync();

        await Assertions.Expect(manager.Page.GetByTestId("error-id")).ToHaveTextAsync("Deze id bestaat al; kies een andere of wijzig het bestaande lid.");
        Assert.Equal(before, await ProfileEdits.ETagAsync(api, "/api/v1/members/duo", Cancel));
        Assert.Equal("DUO", (await api.GetFromJsonAsync<JsonElement>("/api/v1/members/duo", Cancel)).GetProperty("abbreviation").GetString());
    }

    [Fact]
    public async Task The_parent_choices_are_ministries_only_and_every_wrong_field_shows_at_once()
    {
        await product.WaitForDemoAsync();
        await using var manager = await OpenManage();

        var parents = await manager.Page.GetByTestId("field-parentMinistryId").Locator("option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        await manager.Page.GetByTestId("member-divFte").FillAsync("0");
        await manager.Page.GetByTestId("member-submit").ClickAsync();

        // The demo's ministries are offered, its agencies are not (other tests may onboard more ministries).
        Assert.Contains("ocw", parents);
        Assert.Contains("lnv", parents);
        Assert.DoesNotContain("duo", parents);
        Assert.DoesNotContain("rvo", parents);
        Assert.DoesNotContain("nvwa", parents);
        foreach (var field in new[] { "id", "nameNl", "nameEn", "abbreviation", "divFte", "parentMinistryId" })
        {
            await Assertions.Expect(manager.Page.GetByTestId($"error-{field}")).ToBeVisibleAsync();
        }

        await Assertions.Expect(manager.Page.GetByTestId("error-divFte")).ToHaveTextAsync("Moet groter zijn dan 0.");
    }

    [Fact]
    public async Task An_edit_overtaken_by_another_edit_says_so_and_changes_nothing_and_a_fresh_one_ends_the_membership()
    {
        await product.WaitForDemoAsync();
        using var api = await ApiClients.As(product.App, ApiRoles.CollaborationManager);
        var id = $"stale-{Guid.NewGuid():N}"[..16];
        var profile = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["nameNl"] = "Proefdienst",
            ["nameEn"] = "Trial Service",
            ["abbreviation"] = "PD",
            ["kind"] = "executing-agency",
            ["parentMinistryId"] = "lnv",
            ["divFte"] = 3m,
            ["joinedOn"] = "2025-01-01",
        };
        var etag = await ProfileEdits.CreateAsync(api, "/api/v1/members", id, profile, Cancel);
        // The page lists what the collaboration view holds; wait until the view has the new member.
        await Eventually.Until(() => api.GetStringAsync("/api/v1/members", Cancel), body => body.Contains(id, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        await using var manager = await OpenManage();
        await Assertions.Expect(manager.Page.GetByTestId($"edit-member-{id}")).ToBeVisibleAsync();
        await manager.Page.GetByTestId($"edit-member-{id}").ClickAsync();
        await Assertions.Expect(manager.Page.GetByTestId("member-divFte")).ToHaveValueAsync("3");

        // Someone else changes the member while the form is open.
        profile["divFte"] = 5m;
        Assert.True((await ProfileEdits.PutAsync(api, $"/api/v1/members/{id}", profile, etag, Cancel)).IsSuccessStatusCode);
        await manager.Page.GetByTestId("member-divFte").FillAsync("8");
        await manager.Page.GetByTestId("member-submit").ClickAsync();

        await Assertions.Expect(manager.Page.GetByTestId("member-stale")).ToContainTextAsync("Er is niets opgeslagen");
        Assert.Equal(5m, (await api.GetFromJsonAsync<JsonElement>($"/api/v1/members/{id}", Cancel)).GetProperty("divFte").GetDecimal());

        // Chosen again, the form holds the current version; ending the membership now goes through.
        await manager.Page.GetByTestId($"edit-member-{id}").ClickAsync();
        await Assertions.Expect(manager.Page.GetByTestId("member-divFte")).ToHaveValueAsync("5");
        await manager.Page.GetByTestId("member-leftOn").FillAsync("2025-06-30");
        await manager.Page.GetByTestId("member-submit").ClickAsync();

        await Assertions.Expect(manager.Page.GetByTestId("member-saved")).ToContainTextAsync(id);
        Assert.Equal("2025-06-30", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/members/{id}", Cancel)).GetProperty("leftOn").GetString());
    }

    [Fact]
    public async Task The_manage_page_lists_initiatives_and_an_edit_from_the_list_shows_its_new_end_date_there()
    {
        await product.WaitForDemoAsync();
        using var api = await ApiClients.As(product.App, ApiRoles.CollaborationManager);
        var id = $"term-{Guid.NewGuid():N}"[..16];
        await ProfileEdits.CreateAsync(api, "/api/v1/initiatives", id, new
        {
            id,
            titleNl = "Proeftraject looptijd",
            titleEn = "Trial term",
            kind = "training",
            leadMemberId = "ocw",
            participantIds = new[] { "ocw", "lnv" },
            start = "2025-01-01",
            end = "2026-12-31",
            targets = new { },
        }, Cancel);
        await Eventually.Until(() => api.GetStringAsync("/api/v1/initiatives", Cancel), body => body.Contains(id, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        await using var manager = await OpenManage();
        var row = manager.Page.GetByTestId($"initiative-row-{id}");
        await Assertions.Expect(row).ToContainTextAsync("Proeftraject looptijd");
        await Assertions.Expect(row).ToContainTextAsync("Opleiding");
        await Assertions.Expect(manager.Page.GetByTestId($"initiative-term-{id}")).ToHaveTextAsync("01-01-2025 – 31-12-2026");
        await Assertions.Expect(row.Locator("td.num")).ToHaveTextAsync("2");

        await manager.Page.GetByTestId($"edit-initiative-{id}").ClickAsync();
        await Assertions.Expect(manager.Page.GetByTestId("initiative-end")).ToHaveValueAsync("2026-12-31");
        await manager.Page.GetByTestId("initiative-end").FillAsync("2027-06-30");
        await manager.Page.GetByTestId("initiative-submit").ClickAsync();

        await Assertions.Expect(manager.Page.GetByTestId("initiative-saved")).ToContainTextAsync("Proeftraject looptijd");
        await Assertions.Expect(manager.Page.GetByTestId($"initiative-term-{id}")).ToHaveTextAsync("01-01-2025 – 30-06-2027");
        Assert.Equal("2027-06-30", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{id}", Cancel)).GetProperty("profile").GetProperty("end").GetString());
    }

    private async Task<BrowserSession> OpenManage()
    {
        var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync(DashboardUrls.ManageRoute);
        await session.WaitForInteractive();
        return session;
    }
}
