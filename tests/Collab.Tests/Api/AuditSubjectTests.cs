using System.Net;
using System.Net.Http.Json;
using Collab.Dashboard.Api;
using Collab.Tests.Support;
using Collab.Tests.Support.Oidc;
using Microsoft.Playwright;

namespace Collab.Tests.Api;

/// <summary>Audit lines name a person without naming them: the Development identity's pseudonymous subject on API and form writes.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AuditSubjectTests(RunningProduct product, ChromiumFixture chromium)
{
    // "dev-" and the first 16 hex digits of SHA-256("registrar:ocw"), worked out with Python's hashlib.
    private const string RegistrarOfOcw = "dev-2636f4e2ed5b65be";

    [Fact]
    public async Task The_development_registrars_subject_is_on_the_lines_of_an_api_write_and_a_form_write()
    {
        await product.WaitForDemoAsync();
        var cancel = TestContext.Current.CancellationToken;
        using var registrar = await ApiClients.As(product.App, ApiRoles.Registrar, "ocw");
        var id = $"subject-{Guid.NewGuid():N}"[..30];

        var api = await registrar.PostAsJsonAsync("/api/v1/support-sessions", ApiBodies.SupportSession(id, peopleHelped: 1, durationMinutes: 15), cancel);
        await using var session = await BrowserSession.OpenAsync(chromium.Browser, product.App.DashboardUrl, "nl-NL", ApiRoles.Registrar, "ocw");
        var before = (await AuditLines.ReadAsync(product.App)).Count;
        await session.Page.GotoAsync("/registreren/ondersteuning");
        await session.WaitForInteractive();
        await session.Page.GetByTestId("field-hostMemberId").SelectOptionAsync("ezk");
        await session.Page.GetByTestId("field-peopleHelped").FillAsync("2");
        await session.Page.GetByTestId("register-submit").ClickAsync();
        await Assertions.Expect(session.Page.GetByTestId("confirmation")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        Assert.Equal(HttpStatusCode.Created, api.StatusCode);
        var lines = await AuditLines.ReadAsync(product.App);
        var apiLine = lines.Last(l => l.Text("object")!.EndsWith(id, StringComparison.Ordinal));
        Assert.Equal(RegistrarOfOcw, apiLine.Text("subject"));
        var formLines = lines.Skip(before).Where(l => l.Text("action") == "PAGE" && l.Text("actor") == "registrar:ocw").ToList();
        Assert.NotEmpty(formLines);
        Assert.All(formLines, l => Assert.Equal(RegistrarOfOcw, l.Text("subject")));
    }
}
