using System.Globalization;
using System.Net.Http.Json;
using Collab.Contracts.Indicators;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>The overview as the public sees it: aggregated figures only, no text typed by registrars, no cluster internals, no links to sign in.</summary>
[Collection(AppHostCollection.Name)]
public sealed class PublicOverviewTests(RunningProduct product, ChromiumFixture chromium)
{
    [Fact]
    public async Task A_visitor_sees_no_typed_free_text_no_cluster_panel_and_no_links_that_ask_to_sign_in()
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        var typed = $"Gemeente Vrijetekst {Guid.NewGuid():N}"[..30];
        var id = $"public-{Guid.NewGuid():N}";
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sent = await manager.PostAsJsonAsync("/api/v1/knowledge-contacts", new
        {
            id,
            date = today,
            fromMemberId = "ocw",
            outsideOrganisation = typed,
            kind = "consultation",
            personDays = 1,
            expertiseArea = "Woo",
        }, cancel);
        Assert.Equal(System.Net.HttpStatusCode.Created, sent.StatusCode);
        await using (var orleans = await product.App.ConnectClient())
        {
            var view = orleans.Client.GetGrain<ICollaborationGrain>(0);
            static bool Shows(CollaborationFigures f, string id) => f.Members.TryGetValue("ocw", out var m) && !m.Recent.IsDefault && m.Recent.Any(r => r.Id == id);
            Assert.True(Shows(await Eventually.Until(view.GetFigures, f => Shows(f, id), TimeSpan.FromSeconds(30)), id));
        }

        // The public API holds figures only: numbers, and strings that are months or dates of the period.
        using var anonymous = ApiClients.Anonymous(product.App);
        var open = await anonymous.GetStringAsync($"/api/v1/indicators/collaboration?from={today[..7]}&to={today[..7]}", cancel);
        Assert.All(Strings(System.Text.Json.JsonDocument.Parse(open).RootElement), s => Assert.Matches(@"^\d{4}-\d{2}(-\d{2})?$", s));

        // Signed in, the registration shows as typed, with the cluster panel: the control for what the visitor must not see.
        await using (var signedIn = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl))
        {
            await signedIn.Page.GotoAsync("/");
            await Assertions.Expect(signedIn.Page.GetByTestId("latest")).ToContainTextAsync(typed);
            await Assertions.Expect(signedIn.Page.Locator("#cluster-heading")).ToHaveCountAsync(1);
        }

        await using var visitor = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, role: null);
        await visitor.Page.GotoAsync("/");
        await visitor.WaitForInteractive();
        var latest = visitor.Page.GetByTestId("latest");
        await Assertions.Expect(latest).ToContainTextAsync("een organisatie buiten de samenwerking");

        Assert.DoesNotContain(typed, await visitor.Page.ContentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(visitor.Page.Locator("#cluster-heading")).ToHaveCountAsync(0);
        await Assertions.Expect(visitor.Page.GetByTestId("silos-up")).ToHaveCountAsync(0);
        var dates = (await latest.Locator("li").AllTextContentsAsync())
            .Select(t => DateOnly.ParseExact(t[..t.IndexOf(':', StringComparison.Ordinal)], "d-M-yyyy", CultureInfo.InvariantCulture)).ToList();
        Assert.True(dates.Count > 1 && dates.SequenceEqual(dates.OrderDescending()), string.Join(", ", dates));
        var hrefs = await visitor.Page.Locator("a[href]:not([data-testid=sign-in-link])").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs.Where(h => !h.Contains('#', StringComparison.Ordinal)))
        {
            // Followed without redirects: a page that needs signing in answers with a redirect to the sign-in page.
            var answer = await visitor.Context.APIRequest.GetAsync(href, new APIRequestContextOptions { MaxRedirects = 0 });
            Assert.True(answer.Status == 200, $"{href} answered {answer.Status} {answer.Headers.GetValueOrDefault("location")}");
        }
    }

    private static IEnumerable<string> Strings(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [e.GetString()!],
        System.Text.Json.JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        System.Text.Json.JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
