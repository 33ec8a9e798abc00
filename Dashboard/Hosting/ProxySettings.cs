namespace Collab.Dashboard.Hosting;

/// <summary>
/// The TLS proxy in front of the dashboard (section <c>ForwardedHeaders</c>): only its X-Forwarded-For and X-Forwarded-Proto
/// are believed. Nothing configured means loopback only (a proxy on the same machine).
/// </summary>
public sealed record ProxySettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, such as <c>10.0.4.12</c>.</summary>
    public IReadOnlyList<string> KnownProxies { get; init; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, such as <c>10.0.4.0/24</c>.</summary>
    public IReadOnlyList<string> KnownNetworks { get; init; } = [];

    /// <summary>Where plain http is sent outside Development: the proxy's https port.</summary>
    public int HttpsPort { get; init; } = 443;

    /// <summary>HSTS lifetime outside Development: a year, so a browser never tries plain http again.</summary>
    public TimeSpan HstsMaxAge { get; init; } = TimeSpan.FromDays(365);
}
