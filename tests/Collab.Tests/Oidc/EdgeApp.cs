using Collab.Dashboard.Hosting;
using Collab.Dashboard.Identity;
using Collab.Dashboard.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Collab.Tests.Oidc;

/// <summary>
/// The dashboard's edge (proxy handling, sign-in, language switch) in a small host of the test's, for settings the product's
/// start does not vary. Every answer names, in test headers, the client address and scheme the product went on.
/// </summary>
internal sealed class EdgeApp : IAsyncDisposable
{
    public const string PeerHeader = "X-Test-Peer";
    public const string SchemeHeader = "X-Test-Scheme";

    private readonly WebApplication app;

    private EdgeApp(WebApplication app, HttpClient client)
    {
        this.app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<EdgeApp> StartAsync(string environment, string[] settings, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ApplicationName = typeof(ProxyEdge).Assembly.GetName().Name });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings.Select(s => s.Split('=', 2)).ToDictionary(s => s[0], s => (string?)s[1]));
        builder.Services.AddAntiforgery();
        builder.Services.AddCollabAuthentication(builder.Configuration, builder.Environment);
        builder.Services.AddProxyEdge(builder.Configuration, builder.Environment);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        // Outside the edge, so it sees what the forwarded headers left behind, also on a redirect to https.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[PeerHeader] = context.Connection.RemoteIpAddress?.ToString();
                context.Response.Headers[SchemeHeader] = context.Request.Scheme;
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseProxyEdge(app.Environment);
        app.UseAuthentication();
        app.UseAntiforgery();
        app.MapCultureEndpoint();
        app.MapAccount(app.Environment);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(address) };
        return new EdgeApp(app, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
