using System.Security.Claims;
using Collab.Dashboard.Api;
using Collab.Dashboard.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Collab.Tests.Domain;

/// <summary>With an identity provider configured, pages sign in through OpenID Connect and the API takes its JWTs; without one, neither exists.</summary>
public sealed class AuthenticationSetupTests
{
    [Fact]
    public async Task A_configured_provider_brings_OpenID_Connect_for_pages_and_JWT_bearer_for_the_API()
    {
        var schemes = await SchemesWith(new()
        {
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.nl/realms/rijk",
            ["Authentication:OpenIdConnect:ClientId"] = "samenwerkingsdashboard",
        });

        Assert.Contains("OpenIdConnect", schemes);
        Assert.Contains("Bearer", schemes);
        Assert.DoesNotContain("BearerToken", schemes);
    }

    [Fact]
    public void The_api_checks_issuer_audience_signature_and_lifetime_of_a_providers_token_with_little_clock_skew()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddCollabAuthentication(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.nl/realms/rijk",
            ["Authentication:OpenIdConnect:ClientId"] = "samenwerkingsdashboard",
            ["Authentication:OpenIdConnect:Audience"] = "samenwerkingsdashboard-api",
        }).Build(), new Production());
        using var provider = services.BuildServiceProvider();

        var bearer = provider.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var oidc = provider.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);

        Assert.Equal("https://login.example.nl/realms/rijk", bearer.Authority);
        Assert.Equal("samenwerkingsdashboard-api", bearer.Audience);
        Assert.True(bearer.RequireHttpsMetadata);
        Assert.True(bearer.TokenValidationParameters is { ValidateIssuer: true, ValidateAudience: true, ValidateLifetime: true, RequireSignedTokens: true, RequireExpirationTime: true });
        Assert.Equal(TimeSpan.FromSeconds(30), bearer.TokenValidationParameters.ClockSkew);
        Assert.True(oidc is { UsePkce: true, ResponseType: "code", SaveTokens: false, RequireHttpsMetadata: true });
    }

    [Fact]
    public async Task Without_a_provider_there_is_no_OpenID_Connect()
    {
        var schemes = await SchemesWith([]);

        Assert.DoesNotContain("OpenIdConnect", schemes);
        Assert.Contains("BearerToken", schemes);
    }

    [Fact]
    public async Task The_providers_role_and_member_claims_become_the_products()
    {
        var mapping = new ProviderClaims(new OpenIdConnectSettings { RoleClaim = "groups", MemberClaim = "organisatie" });
        var fromProvider = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("groups", "registrar"), new Claim("groups", "some-other-group"), new Claim("organisatie", "lnv")], "oidc"));

        var user = await mapping.TransformAsync(fromProvider);

        Assert.True(user.IsInRole(ApiRoles.Registrar));
        Assert.False(user.IsInRole("some-other-group"));
        Assert.True(user.MayRegisterFor("lnv"));
        Assert.False(user.MayRegisterFor("ocw"));
    }

    private static async Task<List<string>> SchemesWith(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddCollabAuthentication(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new Production());
        await using var provider = services.BuildServiceProvider();
        return [.. (await provider.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync()).Select(s => s.Name)];
    }

    private sealed class Production : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Dashboard";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
