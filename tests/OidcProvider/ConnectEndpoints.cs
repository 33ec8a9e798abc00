using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Collab.OidcProvider;

/// <summary>The OpenID Connect endpoints OpenIddict passes through to us: who signs in, what a token says, signing out.</summary>
public static class ConnectEndpoints
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string EndSessionPath = "/connect/endsession";

    /// <summary>The claim holding the role, as the dashboard's default <c>RoleClaim</c> expects.</summary>
    public const string RolesClaim = "roles";

    public const string MemberClaim = "member";

    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static IEndpointRouteBuilder MapConnect(this IEndpointRouteBuilder endpoints, ProviderSettings settings)
    {
        endpoints.MapMethods(AuthorizePath, [HttpMethods.Get, HttpMethods.Post], async (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            var session = await context.AuthenticateAsync(ProviderHost.SessionScheme);
            if (TestPeople.BySubject(session.Principal?.FindFirstValue(Claims.Subject)) is not { } person)
            {
                // Not signed in here yet: the login form, then back to this very request.
                var back = context.Request.Path + QueryString.Create(request.GetParameters().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())));
                return Results.Challenge(new AuthenticationProperties { RedirectUri = back }, [ProviderHost.SessionScheme]);
            }

            return Results.SignIn(PrincipalOf(person.Subject, person.Role, person.Member, request.GetScopes(), settings), null, Scheme);
        });

        endpoints.MapPost(TokenPath, async (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            if (request.IsClientCredentialsGrantType())
            {
                // A machine's subject is its client id: stable, and names no person.
                return Results.SignIn(PrincipalOf(request.ClientId!, settings.IntegrationRole, null, request.GetScopes(), settings), null, Scheme);
            }

            // The authorization code carries the principal of the authorization request.
            var code = await context.AuthenticateAsync(Scheme);
            return code.Principal is { } principal ? Results.SignIn(principal, null, Scheme) : Results.Forbid(authenticationSchemes: [Scheme]);
        });

        endpoints.MapMethods(EndSessionPath, [HttpMethods.Get, HttpMethods.Post], async (HttpContext context) =>
        {
            await context.SignOutAsync(ProviderHost.SessionScheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [Scheme]);
        });

        return endpoints;
    }

    private static ClaimsPrincipal PrincipalOf(string subject, string role, string? member, IEnumerable<string> scopes, ProviderSettings settings)
    {
        var identity = new ClaimsIdentity(Scheme, Claims.Subject, RolesClaim);
        identity.SetClaim(Claims.Subject, subject).SetClaim(RolesClaim, role);
        if (member is not null)
        {
            identity.SetClaim(MemberClaim, member);
        }

        identity.SetScopes(scopes).SetResources(settings.Audience);
        // Role and member go in both tokens: the pages read the id token, the API the access token.
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identity);
    }
}
