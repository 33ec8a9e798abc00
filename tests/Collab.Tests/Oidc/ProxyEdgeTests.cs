using System.Net;
using Collab.Dashboard.Identity;
using Collab.Tests.Support;
using Collab.Tests.Support.Oidc;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Collab.Tests.Oidc;

/// <summary>Behind a TLS proxy: X-Forwarded-Proto and X-Forwarded-For are believed from a trusted proxy only, and outside Development plain http goes to https.</summary>
[Collection(OidcCollection.Name)]
public sealed class ProxyEdgeTests(OidcProduct product)
{
    /// <summary>A provider outside Development must be https; the test provider is plain http, so its discovery document is given in place.</summary>
    private const string ProviderAuthority = "https://login.example.nl/realms/rijk";

    private const string ProviderAuthorize = ProviderAuthority + "/protocol/openid-connect/auth";

    private static readonly string[] ProductionProvider =
    [
        $"Authentication:OpenIdConnect:Authority={ProviderAuthority}",
        "Authentication:OpenIdConnect:ClientId=dashboard",
        "Authentication:OpenIdConnect:ClientSecret=not-a-secret",
    ];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_product_behind_a_trusted_proxy_sends_an_https_redirect_uri_to_the_provider()
    {
        using var client = PageClients.Anonymous(product.App);

        var plain = await client.GetAsync("/account/sign-in?returnUrl=/", Cancel);
        var proxied = await Challenge(client, "https");

        Assert.StartsWith("http://", RedirectUri(plain), StringComparison.Ordinal);
        Assert.StartsWith("https://", RedirectUri(proxied), StringComparison.Ordinal);
        Assert.StartsWith(product.Provider.Authority.ToString(), proxied.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task X_Forwarded_Proto_from_a_proxy_that_is_not_trusted_is_ignored()
    {
        await using var app = await EdgeApp.StartAsync(Environments.Development, [.. product.Provider.DashboardSettings(), "ForwardedHeaders:KnownProxies:0=192.0.2.10"]);

        var proxied = await Challenge(app.Client, "https");

        Assert.Equal(HttpStatusCode.Redirect, proxied.StatusCode);
        Assert.StartsWith("http://", RedirectUri(proxied), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_Development_plain_http_is_redirected_and_https_from_the_proxy_gets_HSTS_and_Secure_cookies()
    {
        await using var app = await EdgeApp.StartAsync(Environments.Production, []);

        using var plain = new HttpRequestMessage(HttpMethod.Get, "/culture?culture=en&returnUrl=/");
        plain.Headers.Host = "dashboard.example.nl";
        var redirected = await app.Client.SendAsync(plain, Cancel);
        using var viaProxy = new HttpRequestMessage(HttpMethod.Get, "/culture?culture=en&returnUrl=/");
        viaProxy.Headers.Host = "dashboard.example.nl";
        viaProxy.Headers.Add("X-Forwarded-Proto", "https");
        var served = await app.Client.SendAsync(viaProxy, Cancel);

        Assert.Equal(HttpStatusCode.PermanentRedirect, redirected.StatusCode);
        Assert.Equal("https://dashboard.example.nl/culture?culture=en&returnUrl=/", redirected.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, served.StatusCode);
        Assert.Equal("max-age=31536000", served.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains("secure", served.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_Production_a_trusted_proxys_https_and_client_address_are_believed_for_the_sign_in()
    {
        await using var app = await EdgeApp.StartAsync(Environments.Production, [.. ProductionProvider, "ForwardedHeaders:KnownNetworks:0=127.0.0.0/8"], ProviderMetadata);

        var challenge = await ProxiedSignIn(app.Client);

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith($"{ProviderAuthorize}?", challenge.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal("https://dashboard.example.nl/signin-oidc", RedirectUri(challenge));
        Assert.Equal("max-age=31536000", challenge.Headers.GetValues("Strict-Transport-Security").Single());
        var cookies = challenge.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("203.0.113.7", challenge.Headers.GetValues(EdgeApp.PeerHeader).Single());
        Assert.Equal("https", challenge.Headers.GetValues(EdgeApp.SchemeHeader).Single());
    }

    [Fact]
    public async Task In_Production_an_untrusted_proxys_forwarded_headers_are_ignored_and_plain_http_goes_to_https()
    {
        await using var app = await EdgeApp.StartAsync(Environments.Production, [.. ProductionProvider, "ForwardedHeaders:KnownProxies:0=192.0.2.10"], ProviderMetadata);

        var answer = await ProxiedSignIn(app.Client);

        // Nothing is built from the untrusted headers: no challenge, no redirect URI, no cookie, no HSTS over plain http.
        Assert.Equal(HttpStatusCode.PermanentRedirect, answer.StatusCode);
        Assert.Equal("https://dashboard.example.nl/account/sign-in?returnUrl=/", answer.Headers.Location?.ToString());
        Assert.False(answer.Headers.Contains("Strict-Transport-Security"));
        Assert.False(answer.Headers.Contains("Set-Cookie"));
        Assert.Equal("127.0.0.1", answer.Headers.GetValues(EdgeApp.PeerHeader).Single());
        Assert.Equal("http", answer.Headers.GetValues(EdgeApp.SchemeHeader).Single());
    }

    private static void ProviderMetadata(IServiceCollection services) =>
        services.Configure<OpenIdConnectOptions>(CollabAuthentication.OpenIdConnectScheme, o => o.Configuration = new OpenIdConnectConfiguration
        {
            Issuer = ProviderAuthority,
            AuthorizationEndpoint = ProviderAuthorize,
        });

    /// <summary>The sign-in as a TLS proxy passes it on: the client used https from 203.0.113.7.</summary>
    private static async Task<HttpResponseMessage> ProxiedSignIn(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in?returnUrl=/");
        request.Headers.Host = "dashboard.example.nl";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await client.SendAsync(request, Cancel);
    }

    private static async Task<HttpResponseMessage> Challenge(HttpClient client, string proto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in?returnUrl=/");
        request.Headers.Add("X-Forwarded-Proto", proto);
        return await client.SendAsync(request, Cancel);
    }

    private static string RedirectUri(HttpResponseMessage challenge) =>
        System.Web.HttpUtility.ParseQueryString(challenge.Headers.Location?.Query ?? string.Empty)["redirect_uri"] ?? "(none)";
}
