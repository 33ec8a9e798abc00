using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Collab.Dashboard.Api;

namespace Collab.Dashboard.Identity;

/// <summary>Development only: a person playing a role (and, for a department head or registrar, a member), for the sign-in page and the token endpoint.</summary>
public static class DevelopmentIdentity
{
    /// <summary>The field errors of a requested role and member; empty when they make a valid identity.</summary>
    public static Dictionary<string, string[]> Errors(string? role, string? member)
    {
        var errors = new Dictionary<string, string[]>();
        if (role is null || !ApiRoles.All.Contains(role))
        {
            errors["role"] = [$"Use one of: {string.Join(", ", ApiRoles.All)}."];
        }
        else if (role != ApiRoles.CollaborationManager && string.IsNullOrWhiteSpace(member))
        {
            errors["member"] = ["A department head or registrar belongs to a member."];
        }
        else if (member is { Length: > Contracts.Registrations.Rules.MaxIdLength })
        {
            errors["member"] = [$"A member id has at most {Contracts.Registrations.Rules.MaxIdLength} characters."];
        }

        return errors;
    }

    /// <summary>A stable pseudonymous subject, as a provider's <c>sub</c> would be: the same role and member give the same one.</summary>
    public static string Subject(string role, string? member) =>
        "dev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{role}:{member}")))[..16];

    public static ClaimsPrincipal Create(string role, string? member, string scheme)
    {
        var forMember = role != ApiRoles.CollaborationManager && !string.IsNullOrWhiteSpace(member);
        List<Claim> claims =
        [
            new(ClaimTypes.Name, forMember ? $"dev-{role}-{member}" : $"dev-{role}"), new(ClaimTypes.Role, role),
            new(ApiRoles.SubjectClaim, Subject(role, forMember ? member : null)),
        ];
        if (forMember)
        {
            claims.Add(new Claim(ApiRoles.MemberClaim, member!));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
