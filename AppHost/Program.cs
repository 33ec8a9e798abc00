using Collab.AppHost;
using Collab.AppHost.Launch;
using Collab.AppHost.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var aspireDashboard = AspireDashboardChoice.Wanted(args);
ParentWatchLaunch.LeaveOutDcpWatchers();
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { Args = args, DisableDashboard = !aspireDashboard });
var settings = AppHostSettings.Read(builder.Configuration);

var store = builder.AddCollabStore("redis");

var orleans = builder.AddOrleans("cluster")
    .WithServiceId("collab-dashboard")
    // A fresh cluster id per run: new silos never wait for stale ones from an earlier run to be voted dead.
    .WithClusterId(settings.ClusterId ?? $"run-{DateTime.UtcNow:yyyyMMddHHmmss}-{Guid.NewGuid():N}"[..32])
    .WithClustering(store)
    .WithGrainStorage("Default", store);

builder.AddProject<Projects.Silo>("silo")
    .WithReference(orleans)
    .WithReference(store)
    .WithEnvironment("Store__Mode", settings.StoreMode.ToConfigValue())
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
    .WithEnvironment("Demo__Load", settings.DemoLoad ? "true" : "false")
    .WithHttpEndpoint(name: "http")
    .WithHttpHealthCheck("/health")
    .WithReplicas(2)
    .FromBuiltOutput()
    .WithQuickStop()
    .WithParentWatch()
    .WithTelemetryExportIf(aspireDashboard)
    .WaitFor(store);

// 5080 is the documented address; 0 lets the system choose (tests run beside a developer's own instance).
var dashboard = builder.AddProject<Projects.Dashboard>("dashboard")
    .WithReference(orleans.AsClient())
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
    .WithReference(store)
    .WithHttpEndpoint(port: settings.DashboardPort == 0 ? null : settings.DashboardPort, name: "http")
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health")
    .FromBuiltOutput()
    .WithQuickStop()
    .WithParentWatch()
    .WithTelemetryExportIf(aspireDashboard)
    // Not after the silos: it starts beside them and connects when their gateways answer (ConnectWhileSilosStart).
    .WaitFor(store);

// The organisation's identity provider, the TLS proxy in front and the request limits, when configured (user secrets or environment): handed to the dashboard as is.
foreach (var setting in builder.Configuration.GetSection("Authentication:OpenIdConnect").AsEnumerable(makePathsRelative: false)
    .Concat(builder.Configuration.GetSection("ForwardedHeaders").AsEnumerable(makePathsRelative: false))
    .Concat(builder.Configuration.GetSection("RequestLimits").AsEnumerable(makePathsRelative: false)).Where(s => s.Value is not null))
{
    dashboard.WithEnvironment(setting.Key.Replace(":", "__", StringComparison.Ordinal), setting.Value);
}

// A different write limit per caller (a load test, a big import day), when configured.
if (settings.WritesPerMinute is { } writesPerMinute)
{
    dashboard.WithEnvironment("RateLimits__WritesPerMinute", writesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

dashboard.AnnounceWhenReady();
builder.Services.AddHostedService<ServicesStopFirst>();

builder.Build().Run();
