using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Collab.Dashboard.Hosting;

/// <summary>
/// Behind a TLS proxy: the scheme and client address from trusted proxies only, so redirect addresses (OpenID Connect's
/// redirect_uri included) are https; outside Development also HSTS, a redirect from plain http, and every cookie Secure.
/// </summary>
public static class ProxyEdge
{
    public static IServiceCollection AddProxyEdge(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var settings = configuration.GetSection(ProxySettings.Section).Get<ProxySettings>() ?? new ProxySettings();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in settings.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            if (o.KnownProxies.Count == 0 && o.KnownIPNetworks.Count == 0)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse("127.0.0.0/8"));
                o.KnownProxies.Add(IPAddress.IPv6Loopback);
            }
        });
        services.AddHsts(o => o.MaxAge = settings.HstsMaxAge);
        services.AddHttpsRedirection(o =>
        {
            o.HttpsPort = settings.HttpsPort;
            o.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
        });
        services.Configure<CookiePolicyOptions>(o => o.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        return services;
    }

    /// <summary>First in the pipeline: everything after it sees the scheme and address the client used.</summary>
    public static IApplicationBuilder UseProxyEdge(this IApplicationBuilder app, IHostEnvironment environment)
    {
        app.UseForwardedHeaders();
        if (!environment.IsDevelopment())
        {
            app.UseHsts();
            // Health probes of the orchestrator stay on plain http inside the cluster.
            app.UseWhen(c => !c.Request.Path.StartsWithSegments("/health") && !c.Request.Path.StartsWithSegments("/alive"), a => a.UseHttpsRedirection());
            app.UseCookiePolicy();
        }

        return app;
    }
}
