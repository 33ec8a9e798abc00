using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Collab.OidcProvider;

/// <summary>
/// A small OpenID Connect provider on OpenIddict for tests and development: no database (degraded mode with our own
/// client checks), an ephemeral signing key, signed but unencrypted JWT access tokens, a login form of test people.
/// </summary>
public static class ProviderHost
{
    /// <summary>The provider's own session cookie, so a second sign-in skips the form until the session ends.</summary>
    public const string SessionScheme = "provider-session";

    public static WebApplication Build(string[] args, ProviderSettings? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        settings ??= builder.Configuration.GetSection(ProviderSettings.Section).Get<ProviderSettings>() ?? new ProviderSettings();
        builder.Services.AddAntiforgery(o => o.Cookie.Name = "provider.antiforgery");
        builder.Services.AddAuthentication(SessionScheme).AddCookie(SessionScheme, o =>
        {
            o.Cookie.Name = "provider.session";
            o.LoginPath = LoginEndpoints.Path;
            o.ReturnUrlParameter = "returnUrl";
        });
        builder.Services.AddOpenIddict().AddServer(server => server
            .SetAuthorizationEndpointUris(ConnectEndpoints.AuthorizePath.TrimStart('/'))
            .SetTokenEndpointUris(ConnectEndpoints.TokenPath.TrimStart('/'))
            .SetEndSessionEndpointUris(ConnectEndpoints.EndSessionPath.TrimStart('/'))
            .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
            .AllowClientCredentialsFlow()
            .RegisterScopes("openid", "profile")
            .AddEphemeralSigningKey().AddEphemeralEncryptionKey()
            // A JWT the dashboard's JwtBearer can validate with the published keys.
            .DisableAccessTokenEncryption()
            .EnableDegradedMode()
            .AddRequestChecks(settings)
            .UseAspNetCore()
            .EnableAuthorizationEndpointPassthrough()
            .EnableTokenEndpointPassthrough()
            .EnableEndSessionEndpointPassthrough()
            // Loopback http for tests and development; a real provider is https only.
            .DisableTransportSecurityRequirement());

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAntiforgery();
        app.MapLogin();
        app.MapConnect(settings);
        return app;
    }

    /// <summary>The key the provider signs with, so tests can sign tokens the API must accept or refuse.</summary>
    public static SigningCredentials SigningCredentials(this WebApplication app) =>
        app.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.SigningCredentials[0];
}
