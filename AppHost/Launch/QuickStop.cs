namespace Collab.AppHost.Launch;

/// <summary>
/// How long a service may take to stop after Ctrl+C. Nothing acknowledged waits for it: a registration is in the ledger before
/// its answer, and a grain's snapshot that is not written is caught up from the ledger at the next activation. The default
/// 30 s (a silo deactivating every grain, the dashboard draining circuits) only kept the console waiting.
/// </summary>
public static class QuickStop
{
    public const int ShutdownSeconds = 3;

    public static IResourceBuilder<ProjectResource> WithQuickStop(this IResourceBuilder<ProjectResource> project) =>
        project.WithEnvironment("DOTNET_shutdownTimeoutSeconds", ShutdownSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
