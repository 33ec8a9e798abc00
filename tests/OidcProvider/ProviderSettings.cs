namespace Collab.OidcProvider;

/// <summary>
/// The two clients this provider knows (no database): the dashboard (code flow with PKCE and a secret) and a machine
/// integration (client credentials). Access tokens are issued for <see cref="Audience"/>, id tokens for the dashboard.
/// </summary>
public sealed record ProviderSettings
{
    public const string Section = "Provider";

    public string DashboardClientId { get; init; } = "collab-dashboard";

    public string DashboardClientSecret { get; init; } = "development-only-secret";

    public string IntegrationClientId { get; init; } = "collab-integration";

    public string IntegrationClientSecret { get; init; } = "development-only-integration-secret";

    /// <summary>The API's audience; not the dashboard's client id, so an id token is never taken for an access token.</summary>
    public string Audience { get; init; } = "collab-api";

    /// <summary>The role of tokens issued to the machine integration (client credentials).</summary>
    public string IntegrationRole { get; init; } = "collaboration-manager";

    /// <summary>Only the dashboard's callbacks, on a loopback address: this provider is for tests and development.</summary>
    public static bool IsDashboardCallback(string? uri, string path) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsLoopback
        && parsed.Scheme is "http" or "https" && parsed.AbsolutePath == path && string.IsNullOrEmpty(parsed.Query);
}
