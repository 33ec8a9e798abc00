using System.Net.Http.Json;
using System.Text.Json;
using Collab.OidcProvider;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Collab.Tests.Support.Oidc;

/// <summary>The OpenIddict test provider (tests/OidcProvider) hosted in the test process on a free loopback port.</summary>
public sealed class TestProvider : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestProvider(WebApplication app, Uri authority)
    {
        this.app = app;
        Authority = authority;
    }

    public static ProviderSettings Settings { get; } = new();

    public Uri Authority { get; }

    /// <summary>The key the provider signs its tokens with.</summary>
    public SigningCredentials SigningCredentials => app.SigningCredentials();

    public static async Task<TestProvider> StartAsync()
    {
        var app = ProviderHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Development", "--Logging:LogLevel:Default=Warning"], Settings);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestProvider(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The issuer the provider publishes in its discovery document.</summary>
    public async Task<string> IssuerAsync()
    {
        using var http = new HttpClient();
        var discovery = await http.GetFromJsonAsync<JsonElement>(new Uri(Authority, ".well-known/openid-configuration"));
        return discovery.GetProperty("issuer").GetString()!;
    }

    /// <summary>An access token for the machine integration, from the provider's token endpoint (client credentials).</summary>
    public async Task<string> ClientCredentialsTokenAsync()
    {
        using var http = new HttpClient();
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = Settings.IntegrationClientId,
            ["client_secret"] = Settings.IntegrationClientSecret,
        });
        var response = await http.PostAsync(new Uri(Authority, "connect/token"), body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>The dashboard's settings for this provider, as the AppHost takes them.</summary>
    public string[] DashboardSettings() =>
    [
        $"Authentication:OpenIdConnect:Authority={Authority}",
        $"Authentication:OpenIdConnect:ClientId={Settings.DashboardClientId}",
        $"Authentication:OpenIdConnect:ClientSecret={Settings.DashboardClientSecret}",
        $"Authentication:OpenIdConnect:Audience={Settings.Audience}",
    ];

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
