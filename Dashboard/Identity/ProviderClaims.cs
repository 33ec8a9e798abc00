using System.Security.Claims;
using Collab.Dashboard.Api;
using Microsoft.AspNetCore.Authentication;

namespace Collab.Dashboard.Identity;

/// <summary>Maps the identity provider's role and member claims onto the names the product checks, whatever the provider calls them.</summary>
public sealed class ProviderClaims(OpenIdConnectSettings settings) : IClaimsTransformation
{
    public Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity is not ClaimsIdentity { IsAuthenticated: true } identity || identity.HasClaim(c => c.Type == ClaimTypes.Role))
        {
            return Task.FromResult(principal);
        }

        var mapped = new ClaimsIdentity(identity.Claims, identity.AuthenticationType, identity.NameClaimType, ClaimTypes.Role);
        foreach (var role in identity.FindAll(settings.RoleClaim).Where(c => ApiRoles.All.Contains(c.Value)))
        {
            mapped.AddClaim(new Claim(ClaimTypes.Role, role.Value));
        }

        if (settings.MemberClaim != ApiRoles.MemberClaim && identity.FindFirst(settings.MemberClaim) is { } member)
        {
            mapped.AddClaim(new Claim(ApiRoles.MemberClaim, member.Value));
        }

        return Task.FromResult(new ClaimsPrincipal(mapped));
    }
}
