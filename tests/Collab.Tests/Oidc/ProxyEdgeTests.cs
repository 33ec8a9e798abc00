using System.Net;
using Collab.Dashboard.Hosting;
using Collab.Dashboard.Identity;
using Collab.Dashboard.Localization;
using Collab.Tests.Support;
using Collab.Tests.Support.Oidc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Collab.Tests.Oidc;

/// <summary>Behind a TLS proxy: X-Forwarded-Proto is believed from a trusted proxy only, and outside Development plain http goes to https.</summary>
[Collection(OidcCollection.Name)]
public sealed class ProxyEdgeTests(OidcProduct product)
{
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

    private static async Task<HttpResponseMessage> Challenge(HttpClient client, string proto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in?returnUrl=/");
        request.Headers.Add("X-Forwarded-Proto", proto);
        return await client.SendAsync(request, Cancel);
    }

    private static string RedirectUri(HttpResponseMessage challenge) =>
        System.Web.HttpUtility.ParseQueryString(challenge.Headers.Location?.Query ?? string.Empty)["redirect_uri"] ?? "(none)";

    /// <summary>The dashboard's edge (proxy handling, sign-in, language switch) in a small host of the test's, for settings the product's start does not vary.</summary>
    private sealed class EdgeApp : IAsyncDisposable
    {
        private readonly WebApplication app;

        private EdgeApp(WebApplication app, HttpClient client)
        {
            this.app = app;
            Client = client;
        }

        public HttpClient Client { get; }

        public static async Task<EdgeApp> StartAsync(string environment, string[] settings)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ApplicationName = typeof(ProxyEdge).Assembly.GetName().Name });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(settings.Select(s => s.Split('=', 2)).ToDictionary(s => s[0], s => (string?)s[1]));
            builder.Services.AddAntiforgery();
            builder.Services.AddCollabAuthentication(builder.Configuration, builder.Environment);
            builder.Services.AddProxyEdge(builder.Configuration, builder.Environment);
            var app = builder.Build();
            app.UseProxyEdge(app.Environment);
            app.UseAuthentication();
            app.UseAntiforgery();
            app.MapCultureEndpoint();
            app.MapAccount(app.Environment);
            await app.StartAsync(Cancel);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
            return new EdgeApp(app, client);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
