using System.Net;
using Collab.Dashboard;
using Collab.Dashboard.Forms;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>
/// Every page × every role, fetched as a browser does: a page a role may not see is never rendered for it, the
/// server sends anonymous visitors to sign in and signed-in people without the role to "no access".
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class PageAccessTests(RunningProduct product)
{
    private const string SignIn = DashboardUrls.SignInRoute;
    private const string Denied = DashboardUrls.AccessDeniedRoute;

    public static TheoryData<string, string, string> Cells
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            // path, role, expected: "200" or where the 302 goes
            foreach (var role in new[] { "anonymous", "department-head", "registrar", "collaboration-manager" })
            {
                data.Add("/", role, "200");
                data.Add(SignIn, role, "200");
                foreach (var read in new[] { DashboardUrls.ComparisonRoute, DashboardUrls.ExchangeRoute, DashboardUrls.Member("ocw"), DashboardUrls.Member("ezk"), DashboardUrls.Initiative("pop-up-stores") })
                {
                    data.Add(read, role, role == "anonymous" ? SignIn : "200");
                }

                foreach (var write in new[] { DashboardUrls.RegisterRoute, DashboardUrls.Register(RegistrationKind.KnowledgeContact), DashboardUrls.ImportRoute })
                {
                    data.Add(write, role, role switch { "anonymous" => SignIn, "department-head" => Denied, _ => "200" });
                }

                // Downloads are authorized like the page they come from: the overview's are open data.
                // Every table of the export catalogue, in some format each.
                data.Add("/exporteren/overzicht/sessies?format=csv", role, "200");
                data.Add("/exporteren/overzicht/initiatieven?format=ods", role, "200");
                foreach (var export in new[]
                         {
                             "/exporteren/vergelijking/tabel?format=xlsx", "/exporteren/vergelijking/grafiek?format=csv", "/exporteren/uitwisseling/matrix?format=ods",
                             "/exporteren/uitwisseling/cel?gever=ocw&ontvanger=ezk&format=xlsx", "/exporteren/leden/ocw/partners", "/exporteren/leden/ocw/sessies?format=xlsx",
                             "/exporteren/leden/ocw/contacten?format=ods", "/exporteren/initiatieven/pop-up-stores/doelen?format=ods",
                             "/exporteren/initiatieven/inkoop-dms-licenties/besparingen?format=xlsx", "/exporteren/initiatieven/pop-up-stores/sessies?format=csv&cijfers=actueel",
                         })
                {
                    data.Add(export, role, role == "anonymous" ? SignIn : "200");
                }

                data.Add(DashboardUrls.ManageRoute, role, role switch { "anonymous" => SignIn, "collaboration-manager" => "200", _ => Denied });
                foreach (var audit in new[] { "/audit", "/audit?actor=registrar&before=10", "/audit/export", "/audit/export?result=201", "/audit/export?action=PUT&format=xlsx", "/audit/export?format=ods" })
                {
                    data.Add(audit, role, role switch { "anonymous" => SignIn, "collaboration-manager" => "200", _ => Denied });
                }

                // The MT report, page and PDF: the collaboration manager and department heads take it to the management team.
                foreach (var report in new[] { "/rapport", "/rapport?van=2019-06&tot=2019-06", "/rapport/pdf", "/rapport/pdf?van=2025-01&tot=2025-03", "/rapport/pdf?van=2025-01&tot=2025-03&cijfers=actueel" })
                {
                    data.Add(report, role, role switch { "anonymous" => SignIn, "registrar" => Denied, _ => "200" });
                }

                // The report's table downloads, every one of them, go to the same people as the report.
                foreach (var export in new[]
                         {
                             "/exporteren/rapport/kerncijfers?format=csv", "/exporteren/rapport/sessies?van=2025-01&tot=2025-03&format=xlsx",
                             "/exporteren/rapport/doelen?van=2025-01&tot=2025-03&format=ods", "/exporteren/rapport/top?format=xlsx", "/exporteren/rapport/onderaan?format=ods",
                             "/exporteren/rapport/uitwisseling?van=2025-01&tot=2025-03&cijfers=actueel", "/exporteren/rapport/trajecten?format=csv",
                             "/exporteren/rapport/nieuwe-leden?van=2025-01&tot=2025-12&format=xlsx", "/exporteren/rapport/vertrokken-leden?format=ods",
                         })
                {
                    data.Add(export, role, role switch { "anonymous" => SignIn, "registrar" => Denied, _ => "200" });
                }

                // The open-data preview's download is public like its page: no sign-in asked, and a version never published is simply not found.
                data.Add("/exporteren/open-data/2019-12/1/voorbeeld?format=csv", role, "404");
                data.Add("/beheer/vaststellen", role, role switch { "anonymous" => SignIn, "collaboration-manager" => "200", _ => Denied });
                // The manage pages' downloads, like their pages: the collaboration manager's only.
                foreach (var manage in new[] { "/exporteren/beheer/leden?format=csv", "/exporteren/beheer/initiatieven?format=xlsx", "/exporteren/beheer/versies?periode=2025-Q1&format=ods" })
                {
                    data.Add(manage, role, role switch { "anonymous" => SignIn, "collaboration-manager" => "200", _ => Denied });
                }

                data.Add("/open-data", role, "200");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_role_sees_exactly_the_pages_it_may(string path, string role, string expected)
    {
        await product.WaitForDemoAsync();
        using var client = role == "anonymous" ? PageClients.Anonymous(product.App) : await PageClients.SignedIn(product.App, role, role == "collaboration-manager" ? null : "ocw");

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        var actual = response.StatusCode == HttpStatusCode.Redirect ? response.Headers.Location?.AbsolutePath ?? "?" : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(expected == actual, $"{path} as {role}: expected {expected}, got {actual}");
    }

    [Fact]
    public async Task Signing_in_without_the_antiforgery_token_is_refused_and_sets_no_cookie()
    {
        using var client = PageClients.Anonymous(product.App);
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["role"] = "collaboration-manager", ["returnUrl"] = "/" });

        var response = await client.PostAsync("/dev/sign-in", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("collab.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_page_cookie_never_opens_the_API()
    {
        using var client = await PageClients.SignedIn(product.App, "collaboration-manager", null);

        var response = await client.GetAsync("/api/v1/members", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
