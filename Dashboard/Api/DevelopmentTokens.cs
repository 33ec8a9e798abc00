using System.Security.Claims;
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
        {
            if (!ApiRoles.All.Contains(role))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [$"Use one of: {string.Join(", ", ApiRoles.All)}."] });
            }

            if (role != ApiRoles.CollaborationManager && string.IsNullOrWhiteSpace(member))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["member"] = ["A department head or registrar belongs to a member."] });
            }

            List<Claim> claims = [new(ClaimTypes.Name, $"dev-{role}"), new(ClaimTypes.Role, role)];
            if (!string.IsNullOrWhiteSpace(member))
            {
                claims.Add(new Claim(ApiRoles.MemberClaim, member));
            }

            return Results.SignIn(new ClaimsPrincipal(new ClaimsIdentity(claims, BearerTokenDefaults.AuthenticationScheme)),
                authenticationScheme: BearerTokenDefaults.AuthenticationScheme);
        }).ExcludeFromDescription();
        return endpoints;
    }
}
