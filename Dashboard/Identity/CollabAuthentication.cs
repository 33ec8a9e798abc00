using Collab.Dashboard.Api;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Collab.Dashboard.Identity;

/// <summary>
/// Who is calling: pages sign in with a cookie (through the organisation's OpenID Connect provider, or the Development
/// sign-in), the API takes bearer tokens only, so a browser's cookie can never write through the API.
/// </summary>
public static class CollabAuthentication
{
    public const string Scheme = "collab";
    public const string OpenIdConnectScheme = OpenIdConnectDefaults.AuthenticationScheme;

    public static IServiceCollection AddCollabAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(OpenIdConnectSettings.Section);
        services.AddOptions<OpenIdConnectSettings>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OpenIdConnectSettings>, OpenIdConnectSettingsValidation>();
        // The schemes are chosen now, from the same section the validation checks at start.
        var oidc = section.Get<OpenIdConnectSettings>() ?? new OpenIdConnectSettings();
        var bearer = oidc.IsConfigured ? JwtBearerDefaults.AuthenticationScheme : BearerTokenDefaults.AuthenticationScheme;

        var auth = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API bearer token or page cookie", o => o.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments(ApiSetup.Prefix) ? bearer : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "collab.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = DashboardUrls.SignInRoute;
                o.AccessDeniedPath = DashboardUrls.AccessDeniedRoute;
                if (oidc.IsConfigured)
                {
                    o.ForwardChallenge = OpenIdConnectScheme;
                }
            });

        if (oidc.IsConfigured)
        {
            services.AddSingleton(oidc);
            services.AddTransient<Microsoft.AspNetCore.Authentication.IClaimsTransformation, ProviderClaims>();
            auth.AddOpenIdConnect(OpenIdConnectScheme, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.MapInboundClaims = false;
                // Only the id token goes into the (encrypted) cookie, as the hint for signing out at the provider; access tokens never.
                o.SaveTokens = false;
                o.Events.OnTokenValidated = context => ProviderSignOut.KeepIdToken(context);
                o.GetClaimsFromUserInfoEndpoint = true;
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.RequireHttpsMetadata = !environment.IsDevelopment();
                o.TokenValidationParameters.ClockSkew = ProviderSignOut.ClockSkew;
            });
            auth.AddJwtBearer(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                // The issuer comes from the authority's metadata; audience, lifetime and signature are always checked.
                o.Authority = oidc.Authority;
                o.Audience = oidc.Audience ?? oidc.ClientId;
                o.MapInboundClaims = false;
                o.RequireHttpsMetadata = !environment.IsDevelopment();
                o.TokenValidationParameters.ValidateAudience = true;
                o.TokenValidationParameters.ValidateIssuer = true;
                o.TokenValidationParameters.RequireSignedTokens = true;
                o.TokenValidationParameters.RequireExpirationTime = true;
                o.TokenValidationParameters.ClockSkew = ProviderSignOut.ClockSkew;
            });
        }
        else
        {
            // Tokens this app issues itself: only the Development token endpoint hands them out.
            auth.AddBearerToken(BearerTokenDefaults.AuthenticationScheme);
        }

        services.AddCascadingAuthenticationState();
        return services;
    }
}
