using System.Security.Claims;

namespace Collab.Dashboard.Api;

/// <summary>The roles of DOMAIN.md as claims: a role, and for a department head or registrar the member they belong to.</summary>
public static class ApiRoles
{
    public const string CollaborationManager = "collaboration-manager";
    public const string DepartmentHead = "department-head";
    public const string Registrar = "registrar";
    public const string MemberClaim = "member";

    /// <summary>The provider's pseudonymous, stable subject identifier (OpenID Connect <c>sub</c>): who acted, without a name.</summary>
    public const string SubjectClaim = "sub";

    public const string ReadPolicy = "read";
    public const string RegisterPolicy = "register";
    public const string ManagePolicy = "manage";

    /// <summary>The MT report: for the collaboration manager and department heads, who take it to the management team.</summary>
    public const string ReportPolicy = "report";

    public static readonly IReadOnlyList<string> All = [CollaborationManager, DepartmentHead, Registrar];

    public static bool IsManager(this ClaimsPrincipal user) => user.IsInRole(CollaborationManager);

    /// <summary>A manager may register for every member; a registrar only for their own.</summary>
    public static bool MayRegisterFor(this ClaimsPrincipal user, string memberId) =>
        user.IsManager() || (user.IsInRole(Registrar) && user.FindFirstValue(MemberClaim) == memberId);

    public static IServiceCollection AddApiAuthorization(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, p => p.RequireRole(All))
            .AddPolicy(RegisterPolicy, p => p.RequireRole(CollaborationManager, Registrar))
            .AddPolicy(ManagePolicy, p => p.RequireRole(CollaborationManager))
            .AddPolicy(ReportPolicy, p => p.RequireRole(CollaborationManager, DepartmentHead))
            .Services;
}
