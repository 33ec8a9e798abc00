namespace Collab.AppHost.Launch;

/// <summary>
/// On Linux each service stops itself when its parent (DCP's controller) is gone (<c>ParentWatch</c> in ServiceDefaults), so
/// DCP need not keep a <c>dcp monitor-process</c> beside every service for that (~28 MB resident each, three of them).
/// Elsewhere DCP's own watchers stay.
/// </summary>
public static class ParentWatchLaunch
{
    /// <summary>DCP copies the AppHost's environment when it starts; its watchers are left out when this is set.</summary>
    public static void LeaveOutDcpWatchers()
    {
        if (OperatingSystem.IsLinux())
        {
            Environment.SetEnvironmentVariable("DCP_DISABLE_MONITOR_PROCESS", "1");
        }
    }

    public static IResourceBuilder<ProjectResource> WithParentWatch(this IResourceBuilder<ProjectResource> project) =>
        OperatingSystem.IsLinux() ? project.WithEnvironment("Orchestrator__StopWhenParentGone", "true") : project;
}
