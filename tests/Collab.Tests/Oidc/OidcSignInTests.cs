using Collab.Tests.Support;
using Collab.Tests.Support.Oidc;
using Microsoft.Playwright;

namespace Collab.Tests.Oidc;

/// <summary>Chromium signs in at the OpenIddict test provider (code flow with PKCE), works as that person, and signs out at both ends.</summary>
[Collection(OidcCollection.Name)]
public sealed class OidcSignInTests(OidcProduct product, ChromiumFixture chromium)
{
    // The test provider's "Registrar of OCW" (tests/OidcProvider/TestPeople.cs): hand-copied, not read from the code.
    private const string RegistrarSubject = "7a3c5e9b-1d2f-4a6b-8c0d-e4f5a6b7c803";

    [Fact]
    public async Task A_registrar_signs_in_at_the_provider_registers_on_a_form_and_signing_out_ends_the_providers_session_too()
    {
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", role: null);
        var page = session.Page;

        await SignInAtProvider(page, "registrar-ocw", "/registreren/ondersteuning");

        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToContainTextAsync("OCW");
        await Assertions.Expect(page.Locator("a[href='/registreren']")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("a[href='/beheer']")).ToHaveCountAsync(0);

        await session.WaitForInteractive();
        await Assertions.Expect(page.GetByTestId("field-providingMemberId")).ToHaveValueAsync("ocw");
        await page.GetByTestId("field-hostMemberId").SelectOptionAsync("ezk");
        await page.GetByTestId("field-peopleHelped").FillAsync("3");
        await page.GetByTestId("register-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirmation")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        var lines = await AuditLines.ReadAsync(product.App);
        var formLine = lines.LastOrDefault(l => l.Text("action") == "PAGE" && l.Text("subject") == RegistrarSubject);
        Assert.True(formLine.ValueKind == System.Text.Json.JsonValueKind.Object, "no page audit line with the provider's subject");
        Assert.Equal("registrar:ocw", formLine.Text("actor"));
        Assert.Equal("201", formLine.Text("result"));

        await page.Locator("form[action='/account/sign-out'] [type=submit]").ClickAsync();
        await page.GetByTestId("sign-in-link").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(product.App.DashboardUrl.GetLeftPart(UriPartial.Authority) + "/", page.Url);

        // The provider's session ended as well: signing in again asks who you are instead of signing you straight back in.
        await page.GotoAsync("/account/sign-in?returnUrl=/");
        await page.Locator("[data-testid=provider-login]").WaitForAsync(new() { Timeout = 60_000 });
        Assert.StartsWith(product.Provider.Authority + "login", page.Url, StringComparison.Ordinal);
        Assert.Empty(session.NonLoopbackRequests);
    }

    [Fact]
    public async Task A_collaboration_manager_from_the_provider_gets_the_managers_pages()
    {
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", role: null);

        await SignInAtProvider(session.Page, "manager", "/beheer");

        await Assertions.Expect(session.Page.Locator("a[href='/beheer']")).Not.ToHaveCountAsync(0);
        Assert.EndsWith("/beheer", session.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_without_the_pages_antiforgery_token_goes_nowhere_near_the_provider()
    {
        using var client = PageClients.Anonymous(product.App);

        var forged = await client.PostAsync("/account/sign-out", null, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(forged.Headers.Location);
    }

    private static async Task SignInAtProvider(IPage page, string person, string returnUrl)
    {
        await page.GotoAsync($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.Locator("[data-testid=provider-login]").WaitForAsync(new() { Timeout = 60_000 });
        await page.Locator($"input[name=person][value={person}]").CheckAsync();
        await page.Locator("[data-testid=provider-login] [type=submit]").ClickAsync();
        await page.GetByTestId("signed-in-as").WaitForAsync(new() { Timeout = 60_000 });
    }
}
