using Collab.Dashboard.Identity;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace Collab.Dashboard.Api;

/// <summary>
/// Development only: scripts and tests ask for a bearer token as a given role (and member). Not mapped in any other
/// environment, where tokens come from the organisation's identity provider.
/// </summary>
public static class DevelopmentTokens
{
    public const string Path = "/dev/token";

    public static IEndpointRouteBuilder MapDevelopmentTokens(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, (string role, string? member) =>
            DevelopmentIdentity.Errors(role, member) is { Count: > 0 } errors
                ? Results.ValidationProblem(errors)
                : Results.SignIn(DevelopmentIdentity.Create(role, member, BearerTokenDefaults.AuthenticationScheme),
                    authenticationScheme: BearerTokenDefaults.AuthenticationScheme))
            .AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
