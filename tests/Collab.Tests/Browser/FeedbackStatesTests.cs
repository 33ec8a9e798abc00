using System.Text;
using Collab.Dashboard.Api;
using Collab.Tests.Support;
using Microsoft.Playwright;

namespace Collab.Tests.Browser;

/// <summary>Feedback where the eye is, and axe clean in the states a page can be in: paused, errors shown, a cell chosen, an unknown address.</summary>
[Collection(AppHostCollection.Name)]
public sealed class FeedbackStatesTests(RunningProduct product, ChromiumFixture chromium)
{
    [Theory]
    [InlineData("nl-NL", "Gepauzeerd: de cijfers staan stil")]
    [InlineData("en-GB", "Paused: the figures are held")]
    public async Task A_paused_page_shows_a_banner_that_the_figures_are_held(string culture, string banner)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, culture);
        await session.Page.GotoAsync("/");
        await session.WaitForInteractive();
        await session.WaitForFigures();
        await Assertions.Expect(session.Page.GetByTestId("paused-banner")).ToHaveCountAsync(0);

        await session.Page.GetByTestId("pause").ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("paused-banner")).ToContainTextAsync(banner);
        await AssertCleanAtEveryWidth(session);
    }

    [Fact]
    public async Task After_registering_focus_moves_to_the_announced_confirmation()
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.Registrar, "ocw");
        await session.Page.SetViewportSizeAsync(390, 844);
        await session.Page.GotoAsync("/registreren/ondersteuning");
        await session.WaitForInteractive();
        await session.Page.GetByTestId("field-hostMemberId").SelectOptionAsync("ezk");
        await session.Page.GetByTestId("field-peopleHelped").FillAsync("1");
        await session.Page.GetByTestId("register-submit").ClickAsync();

        // One person: the singular, and the confirmation is where focus went, inside a status region, on screen.
        await Assertions.Expect(session.Page.GetByTestId("confirmation")).ToContainTextAsync("1 persoon geholpen");
        var box = session.Page.GetByTestId("confirmation-box");
        await Assertions.Expect(box).ToBeFocusedAsync();
        await Assertions.Expect(box).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(box).ToBeInViewportAsync();
        await AssertCleanAtEveryWidth(session);
    }

    [Theory]
    [InlineData("nl-NL", "Verbeter 2 velden hierboven")]
    [InlineData("en-GB", "Correct 2 fields above")]
    public async Task A_form_with_errors_shown_passes_axe(string culture, string summary)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, culture, ApiRoles.Registrar, "lnv");
        await session.Page.GotoAsync("/registreren/kennisdeling");
        await session.WaitForInteractive();
        await session.Page.GetByTestId("field-toMemberId").SelectOptionAsync("lnv");
        await session.Page.GetByTestId("register-submit").ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("form-errors")).ToContainTextAsync(summary);
        await AssertCleanAtEveryWidth(session);
    }

    [Fact]
    public async Task A_chosen_exchange_cell_brings_its_details_into_view_with_focus()
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.SetViewportSizeAsync(390, 844);
        await session.Page.GotoAsync("/uitwisseling");
        await session.WaitForInteractive();
        await session.WaitForFigures();

        await session.Page.Locator(".heatmap button").First.ClickAsync();

        var details = session.Page.GetByTestId("cell-details");
        await Assertions.Expect(details).ToBeFocusedAsync();
        await Assertions.Expect(details).ToBeInViewportAsync();
        // Months read as "dec 2025", never "2025-12".
        await Assertions.Expect(details.Locator("tbody th").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec) \d{4}$|^[^\d]"));
        await AssertCleanAtEveryWidth(session);
    }

    [Fact]
    public async Task Import_row_errors_are_in_Dutch_and_name_the_field_by_its_label()
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.Registrar, "ocw");
        await session.Page.GotoAsync("/importeren");
        await session.WaitForInteractive();
        var file = Encoding.UTF8.GetBytes("id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes\n"
            + "fout-1;31-13-2024;ocw;ezk;workshop;3;90\n");

        await session.Page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "fout.csv", MimeType = "text/csv", Buffer = file });

        var errors = session.Page.GetByTestId("row-errors");
        await Assertions.Expect(errors.Locator("caption")).ToHaveTextAsync("1 rij met fouten", new() { Timeout = 30_000 });
        await Assertions.Expect(errors.Locator("tbody tr").First).ToContainTextAsync("Datum");
        await Assertions.Expect(errors.Locator("tbody tr").First).ToContainTextAsync("Geen datum: schrijf 14-05-2024 of 2024-05-14.");
        await Assertions.Expect(session.Page.GetByTestId("import-counts")).ToHaveTextAsync("1 rij: 0 goed, 1 met fouten, 0 dubbel in het bestand.");
        await AssertCleanAtEveryWidth(session);
    }

    [Theory]
    [InlineData("nl-NL", "Pagina niet gevonden")]
    [InlineData("en-GB", "Page not found")]
    public async Task An_unknown_address_answers_404_with_a_page_in_the_products_style_and_a_way_back(string culture, string heading)
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, culture, role: null);

        var response = await session.Page.GotoAsync("/bestaat/niet");

        Assert.Equal(404, response!.Status);
        await session.WaitForInteractive();
        await Assertions.Expect(session.Page.Locator("h1")).ToHaveTextAsync(heading);
        await Assertions.Expect(session.Page.Locator("header[role=banner]")).ToBeVisibleAsync();
        await session.Page.GetByTestId("not-found-home").ClickAsync();
        await Assertions.Expect(session.Page).ToHaveURLAsync(new Uri(product.App.DashboardUrl, "/").ToString());
    }

    /// <summary>No overflow and no axe violation at 320, 390 and 1280 px in the state the page is in.</summary>
    private static async Task AssertCleanAtEveryWidth(BrowserSession session)
    {
        var problems = new List<string>();
        foreach (var width in ReflowPages.Widths)
        {
            await ReflowChecks.ResizeAsync(session.Page, width);
            problems.AddRange(new[] { await ReflowChecks.OverflowAsync(session.Page) }.OfType<string>().Concat(await ReflowChecks.AxeAsync(session.Page)).Select(p => $"@{width}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
