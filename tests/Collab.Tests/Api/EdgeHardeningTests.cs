using System.Net;
using Collab.Dashboard;
using Collab.Dashboard.Forms;
using Collab.Tests.Support;

namespace Collab.Tests.Api;

/// <summary>Hostile requests at the edges: return addresses, sign-out without a token, and the API's conventions on every answer.</summary>
[Collection(AppHostCollection.Name)]
public sealed class EdgeHardeningTests(RunningProduct product)
{
    private static readonly string[] HostileReturns = ["/\t/evil.example", "/\r\nSet-Cookie: x=1", "/ok\n", "/\\evil.example", "//evil.example", "https://evil.example/"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Returns => [.. HostileReturns];

    [Theory]
    [MemberData(nameof(Returns))]
    public async Task A_hostile_return_address_leads_home_on_the_language_switch_and_the_sign_in(string returnUrl)
    {
        using var client = PageClients.Anonymous(product.App);
        var escaped = Uri.EscapeDataString(returnUrl);

        var culture = await client.GetAsync($"/culture?culture=en&returnUrl={escaped}", Cancel);
        var challenge = await client.GetAsync($"/account/sign-in?returnUrl={escaped}", Cancel);
        var (_, signIn) = await PageClients.SignIn(product.App, "registrar", "ocw", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, culture.StatusCode);
        Assert.Equal("/", culture.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.DoesNotContain("evil", challenge.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_needs_the_pages_antiforgery_token()
    {
        using var client = await PageClients.SignedIn(product.App, "registrar", "ocw");

        var forged = await client.PostAsync("/account/sign-out", null, Cancel);
        var stillIn = await client.GetAsync(DashboardUrls.Register(RegistrationKind.SupportSession), Cancel);
        using var withToken = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await PageClients.AntiforgeryToken(client, DashboardUrls.Register(RegistrationKind.SupportSession)),
        });
        var real = await client.PostAsync("/account/sign-out", withToken, Cancel);
        var afterwards = await client.GetAsync(DashboardUrls.Register(RegistrationKind.SupportSession), Cancel);

        Assert.True(forged.StatusCode == HttpStatusCode.BadRequest, await forged.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/indicators/collaboration", HttpStatusCode.OK)]
    [InlineData("/api/v1/members", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/indicators/collaboration/", HttpStatusCode.NotFound)]
    public async Task Every_api_answer_names_its_version_and_is_not_cached(string path, HttpStatusCode expected)
    {
        using var anonymous = ApiClients.Anonymous(product.App);

        var response = await anonymous.GetAsync(path, Cancel);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("1.0.0", response.Headers.GetValues("API-Version").Single());
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_trailing_slash_names_no_resource()
    {
        using var manager = await ApiClients.As(product.App, "collaboration-manager");

        var listed = await manager.GetAsync("/api/v1/members", Cancel);
        var slashed = await manager.GetAsync("/api/v1/members/", Cancel);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, slashed.StatusCode);
        Assert.Equal("application/problem+json", slashed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("trailing slash", await slashed.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }
}
