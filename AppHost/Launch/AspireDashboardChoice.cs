using Microsoft.Extensions.Configuration;

namespace Collab.AppHost.Launch;

/// <summary>
/// The Aspire dashboard (every process's logs, traces and metrics) runs only when asked for with <c>AspireDashboard=true</c>:
/// the product does not need it, and it costs a process of ~170 MB and the services' telemetry export (the 1 GB footprint).
/// Read before the builder exists, because the choice is one of the builder's options.
/// </summary>
public static class AspireDashboardChoice
{
    public const string Key = "AspireDashboard";

    /// <summary>
    /// Without the Aspire dashboard a service must not export telemetry: nothing listens at the endpoint Aspire hands out
    /// regardless, and the exporter's retries held every service's stop for ~10 s.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithTelemetryExportIf(this IResourceBuilder<ProjectResource> project, bool dashboard) =>
        dashboard ? project : project.WithEnvironment(context => context.EnvironmentVariables.Remove("OTEL_EXPORTER_OTLP_ENDPOINT"));

    public static bool Wanted(string[] args)
    {
        var value = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build()[Key];
        return value is not null && (bool.TryParse(value, out var wanted)
            ? wanted
            : throw new InvalidOperationException($"{Key} '{value}' is not valid: use true or false."));
    }
}
