using Collab.Dashboard.Api;
using Collab.Dashboard.Audit;
using Collab.Tests.Support;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using StackExchange.Redis;

namespace Collab.Tests.Browser;

/// <summary>
/// The /audit page in Chromium: the filter form narrows the trail and puts its state in the address, "volgende" and "vorige pagina"
/// move by cursor, an empty selection says so; a member's and an initiative's page show their own change history.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class AuditPageTests(RunningProduct product, ChromiumFixture chromium)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_manager_filters_and_pages_through_the_trail_with_the_state_in_the_address()
    {
        await product.WaitForDemoAsync();
        var prefix = $"/api/v1/members/browse-{Guid.NewGuid():N}"[..36];
        // 70 lines through the audit writer: line i is a POST when i % 7 == 0, else a PUT (60 PUTs: a page of 50 and one of 10).
        await using (var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString()))
        {
            var trail = new AuditTrail(store);
            await Task.WhenAll(Enumerable.Range(0, 70).Select(i => trail.WriteAsync(
                new AuditLine(DateTimeOffset.UtcNow, "collaboration-manager:*", i % 7 == 0 ? "POST" : "PUT", $"{prefix}/{i:D2}", "200", "10.0.0.9; browser test"))));
        }

        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        var page = session.Page;
        await page.GotoAsync("/audit");
        await session.WaitForInteractive();
        await page.GetByTestId("audit-object").FillAsync(prefix);
        await page.GetByTestId("audit-action").FillAsync("PUT");
        await page.GetByTestId("audit-object").PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("action=PUT"));
        var rows = page.GetByTestId("audit-line");
        await Assertions.Expect(rows).ToHaveCountAsync(50);
        await Assertions.Expect(rows.First).ToContainTextAsync($"{prefix}/69");
        await Assertions.Expect(page.GetByTestId("audit-newer")).ToHaveCountAsync(0);
        await AssertAxeClean(page);

        await page.GetByTestId("audit-older").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("before=\\d+"));
        await Assertions.Expect(rows).ToHaveCountAsync(10);
        var second = await rows.AllInnerTextsAsync();
        // PUTs are the lines i % 7 != 0: the ten oldest are 1..6 and 8..11, newest first.
        Assert.Equal(new[] { 11, 10, 9, 8, 6, 5, 4, 3, 2, 1 }.Select(i => $"{prefix}/{i:D2}"), second.Select(r => r.Split('\t')[3].Trim()));
        await Assertions.Expect(page.GetByTestId("audit-older")).ToHaveCountAsync(0);

        await page.GetByTestId("audit-newer").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("after=\\d+"));
        await Assertions.Expect(rows).ToHaveCountAsync(50);
        await Assertions.Expect(rows.First).ToContainTextAsync($"{prefix}/69");
        await Assertions.Expect(page.GetByTestId("audit-object")).ToHaveValueAsync(prefix);
        Assert.Contains("object=", await page.GetByTestId("download-audit-csv").GetAttributeAsync("href"), StringComparison.Ordinal);

        await page.GetByTestId("audit-result").FillAsync("599");
        await page.GetByTestId("audit-apply").ClickAsync();
        await Assertions.Expect(page.GetByTestId("audit-empty")).ToHaveTextAsync("Geen auditregels die aan deze filters voldoen.");
    }

    [Fact]
    public async Task A_member_and_an_initiative_page_show_their_own_change_history()
    {
        await product.WaitForDemoAsync();
        using var manager = await ApiClients.As(product.App, ApiRoles.CollaborationManager);
        var run = Guid.NewGuid().ToString("N")[..8];
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd");
        var member = new { id = $"hist-{run}", nameNl = "Geschiedenis", nameEn = "History", abbreviation = "GS", kind = "other", divFte = 1, joinedOn = today };
        var etag = await ProfileEdits.CreateAsync(manager, "/api/v1/members", member.id, member, Cancel);
        (await ProfileEdits.PutAsync(manager, $"/api/v1/members/{member.id}", member with { divFte = 2 }, etag, Cancel)).EnsureSuccessStatusCode();
        // A member whose id starts the same is another member: its lines stay off this page.
        await ProfileEdits.CreateAsync(manager, "/api/v1/members", $"{member.id}x", member with { id = $"{member.id}x" }, Cancel);
        var initiative = new
        {
            id = $"hist-{run}-i",
            titleNl = "Proef",
            titleEn = "Trial",
            kind = "training",
            leadMemberId = "lnv",
            participantIds = new[] { "lnv" },
            start = today,
            targets = new Dictionary<string, decimal>(),
        };
        await ProfileEdits.CreateAsync(manager, "/api/v1/initiatives", initiative.id, initiative, Cancel);

        await using var head = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.DepartmentHead, "ocw");
        await head.Page.GotoAsync($"/leden/{member.id}");
        // Read once the circuit is up, and only when both own rows are there.
        await head.WaitForInteractive();
        var history = head.Page.GetByTestId("change-history-lines");
        await Assertions.Expect(history).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // Besides its own lines, a member's history shows the fixing of periods (other tests fix periods in the same product).
        var ownRows = history.Locator("tbody tr").Filter(new() { HasNotText = ChangeHistoryPaths.Periods });
        await Assertions.Expect(ownRows).ToHaveCountAsync(2);
        var memberRows = await ownRows.AllInnerTextsAsync();
        Assert.Equal(["PUT 200", "POST 201"], memberRows.Select(r => string.Join(' ', r.Split('\t')[2..].Select(c => c.Trim()).Where(c => !c.StartsWith('/')))));
        Assert.All(memberRows, r => Assert.Contains($"/api/v1/members/{member.id}", r, StringComparison.Ordinal));
        await Assertions.Expect(history.Locator("th")).ToHaveCountAsync(5);
        await Assertions.Expect(head.Page.GetByTestId("change-history-all")).ToHaveCountAsync(0);

        await using var boss = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await boss.Page.GotoAsync($"/initiatieven/{initiative.id}");
        await boss.WaitForInteractive();
        var initiativeHistory = boss.Page.GetByTestId("change-history-lines");
        await Assertions.Expect(initiativeHistory).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var own = initiativeHistory.Locator("tbody tr").Filter(new() { HasNotText = ChangeHistoryPaths.Periods });
        await Assertions.Expect(own).ToHaveCountAsync(1);
        await Assertions.Expect(own).ToContainTextAsync($"/api/v1/initiatives/{initiative.id}");
        await Assertions.Expect(boss.Page.GetByTestId("change-history-all")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/audit\\?object="));
    }

    [Fact]
    public async Task The_history_shown_before_the_page_is_interactive_stays_without_loading_again()
    {
        await product.WaitForDemoAsync();
        await using var boss = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        // Notes whether the history section, once it showed its lines (or that there are none), ever went back to loading.
        await boss.Page.AddInitScriptAsync("""
            window.historyLoadedAgain = false;
            document.addEventListener('DOMContentLoaded', () => {
              let shown = false;
              const check = () => {
                const section = document.querySelector('[data-testid=change-history]');
                if (!section) return;
                const done = section.querySelector('[data-testid=change-history-lines], [data-testid=change-history-empty]');
                if (done) shown = true; else if (shown) window.historyLoadedAgain = true;
              };
              check();
              new MutationObserver(check).observe(document.body, { childList: true, subtree: true });
            });
            """);

        await boss.Page.GotoAsync("/leden/ocw");
        await boss.WaitForInteractive();
        await Assertions.Expect(boss.Page.Locator("[data-testid=change-history-lines], [data-testid=change-history-empty]")).ToBeVisibleAsync();

        Assert.False(await boss.Page.EvaluateAsync<bool>("() => window.historyLoadedAgain"));
    }

    private static async Task AssertAxeClean(IPage page)
    {
        // Contrast is measured on settled colours: the buttons upgraded and no transition under way (a loaded machine caught one mid-way).
        await page.EvaluateAsync("async () => { await customElements.whenDefined('fluent-button'); await Promise.all(document.getAnimations().map(a => a.finished.catch(() => null))); }");
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21aa"] } });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }
}
