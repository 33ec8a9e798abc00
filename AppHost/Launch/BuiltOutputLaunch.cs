using System.Reflection;
using System.Runtime.InteropServices;

namespace Collab.AppHost.Launch;

/// <summary>
/// Starts a project from the output the AppHost's own build just produced (<c>dotnet Silo.dll</c>), not through a nested
/// <c>dotnet run</c>: each such wrapper is a process of ~125 MB that evaluates the project again before the service starts,
/// and stands between Ctrl+C and the service. Falls back to Aspire's default launch when the output is not there.
/// </summary>
public static class BuiltOutputLaunch
{
    public static IResourceBuilder<ProjectResource> FromBuiltOutput(this IResourceBuilder<ProjectResource> project)
    {
        var projectPath = project.Resource.GetProjectMetadata().ProjectPath;
        var directory = Path.GetDirectoryName(projectPath)!;
        // The AppHost references the project, so its build built the project in the same configuration and framework.
        var configuration = typeof(BuiltOutputLaunch).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var output = Path.Combine(directory, "bin", configuration, $"net{Environment.Version.Major}.{Environment.Version.Minor}", Path.GetFileNameWithoutExtension(projectPath) + ".dll");
        if (!File.Exists(output))
        {
            return project;
        }

        return project
            .WithAnnotation(new ExecutableAnnotation { Command = DotnetHost(), WorkingDirectory = directory }, ResourceAnnotationMutationBehavior.Replace)
            .WithArgs(output);
    }

    // The dotnet host that runs this AppHost, so the services use the same runtime; "dotnet" from PATH otherwise.
    private static string DotnetHost()
    {
        var host = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", "dotnet"));
        return File.Exists(host) ? host : "dotnet";
    }
}
