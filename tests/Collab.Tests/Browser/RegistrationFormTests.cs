using Collab.Dashboard;
using Collab.Dashboard.Api;
using Collab.Dashboard.Forms;
using Collab.Tests.Support;
using Microsoft.Playwright;
using StackExchange.Redis;

namespace Collab.Tests.Browser;

/// <summary>A registrar uses the forms as a person would: defaults filled in, messages beside the field, a double click counted once.</summary>
[Collection(AppHostCollection.Name)]
public sealed class RegistrationFormTests(RunningProduct product, ChromiumFixture chromium)
{
    [Fact]
    public async Task A_double_clicked_support_session_is_confirmed_and_counted_once()
    {
        await product.WaitForDemoAsync();
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var before = await LedgerReads.CountAsync(store.GetDatabase());
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.Registrar, "ocw");
        await session.Page.GotoAsync(DashboardUrls.Register(RegistrationKind.SupportSession));
        await session.WaitForInteractive();

        var provider = session.Page.GetByTestId("field-providingMemberId");
        await Assertions.Expect(provider).ToHaveValueAsync("ocw");
        await Assertions.Expect(provider).ToBeDisabledAsync();
        await Assertions.Expect(session.Page.GetByTestId("field-date")).ToHaveValueAsync(DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await session.Page.GetByTestId("field-hostMemberId").SelectOptionAsync("ezk");
        await session.Page.GetByTestId("field-peopleHelped").FillAsync("7");
        await session.Page.GetByTestId("register-submit").DblClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("confirmation")).ToContainTextAsync("OCW bij EZ, 7 mensen geholpen in 120 minuten");
        Assert.Equal(before + 1, await LedgerReads.CountAsync(store.GetDatabase()));
    }

    [Fact]
    public async Task The_collaboration_manager_chooses_the_member_to_register_for()
    {
        await product.WaitForDemoAsync();
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL");
        await session.Page.GotoAsync(DashboardUrls.Register(RegistrationKind.SupportSession));
        await session.WaitForInteractive();

        var provider = session.Page.GetByTestId("field-providingMemberId");
        await Assertions.Expect(provider).ToBeEnabledAsync();
        await provider.SelectOptionAsync("rvo");
        await session.Page.GetByTestId("field-hostMemberId").SelectOptionAsync("lnv");
        await session.Page.GetByTestId("field-peopleHelped").FillAsync("4");
        await session.Page.GetByTestId("register-submit").ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("confirmation")).ToContainTextAsync("RVO bij LVVN, 4 mensen geholpen");
    }

    [Fact]
    public async Task A_wrong_value_gets_a_message_beside_its_field_and_nothing_is_stored()
    {
        await product.WaitForDemoAsync();
        await using var store = await ConnectionMultiplexer.ConnectAsync(await product.App.StoreConnectionString());
        var before = await LedgerReads.CountAsync(store.GetDatabase());
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.Registrar, "lnv");
        await session.Page.GotoAsync(DashboardUrls.Register(RegistrationKind.KnowledgeContact));
        await session.WaitForInteractive();

        await session.Page.GetByTestId("field-toMemberId").SelectOptionAsync("lnv");
        await session.Page.GetByTestId("field-expertiseArea").FillAsync("Archief <script>");
        await session.Page.GetByTestId("register-submit").ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("error-toMemberId")).ToHaveTextAsync("Een organisatie deelt geen kennis met zichzelf.");
        await Assertions.Expect(session.Page.GetByTestId("error-expertiseArea")).ToHaveTextAsync("De tekens < en > zijn niet toegestaan.");
        await Assertions.Expect(session.Page.GetByTestId("field-expertiseArea")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(session.Page.GetByTestId("confirmation")).ToHaveCountAsync(0);
        Assert.Equal(before, await LedgerReads.CountAsync(store.GetDatabase()));
    }
}
