namespace Collab.Dashboard.Identity;

/// <summary>
/// The organisation's identity provider (section <c>Authentication:OpenIdConnect</c>). Without an authority the product
/// signs nobody in, except through the Development sign-in.
/// </summary>
public sealed record OpenIdConnectSettings
{
    public const string Section = "Authentication:OpenIdConnect";

    public string? Authority { get; init; }

    public string? ClientId { get; init; }

    /// <summary>Comes from a secret store or environment variable, never from the repository.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>The audience API bearer tokens must carry; the client id when not set.</summary>
    public string? Audience { get; init; }

    /// <summary>The claim holding the role (collaboration-manager, department-head, registrar).</summary>
    public string RoleClaim { get; init; } = "roles";

    /// <summary>The claim holding the member a department head or registrar belongs to.</summary>
    public string MemberClaim { get; init; } = "member";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
