using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Collab.Dashboard.Identity;

/// <summary>Signing out ends the session at the identity provider too, which wants the id token back as a hint.</summary>
public static class ProviderSignOut
{
    /// <summary>How far clocks may drift between the provider and us; the default five minutes keeps expired tokens alive too long.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    /// <summary>Keeps the id token (and nothing else from the token response) with the sign-in, for the end-session request.</summary>
    public static Task KeepIdToken(TokenValidatedContext context)
    {
        if (context.TokenEndpointResponse?.IdToken is { } idToken)
        {
            context.Properties?.StoreTokens([new AuthenticationToken { Name = "id_token", Value = idToken }]);
        }

        return Task.CompletedTask;
    }

    /// <summary>Where the pages' forms may lead: the sign-out form's answer redirects to the provider, which a plain 'self' would block.</summary>
    public static string FormActionSources(HttpContext context) =>
        context.RequestServices.GetService<OpenIdConnectSettings>() is { Authority: { } authority } && Uri.TryCreate(authority, UriKind.Absolute, out var uri)
            ? $"'self' {uri.GetLeftPart(UriPartial.Authority)}" : "'self'";

    /// <summary>With a provider configured: the cookie is gone, now the provider's session (the handler adds the id token hint).</summary>
    public static IResult? AtProvider(HttpContext context) =>
        context.RequestServices.GetService<OpenIdConnectSettings>() is null
            ? null
            : Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectDefaults.AuthenticationScheme]);
}
