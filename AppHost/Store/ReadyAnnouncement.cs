using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Collab.AppHost.Store;

/// <summary>Prints the dashboard's address once it is healthy, so a newcomer knows where to look.</summary>
public static class ReadyAnnouncement
{
    public static IResourceBuilder<ProjectResource> AnnounceWhenReady(this IResourceBuilder<ProjectResource> dashboard) =>
        dashboard.OnResourceReady((resource, e, _) =>
        {
            var url = resource.GetEndpoint("http").Url;
            var logger = e.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Collab");
            logger.LogInformation("Samenwerkingsdashboard is ready at {Url}", url);
            Console.WriteLine($"Samenwerkingsdashboard is ready at {url}");
            return Task.CompletedTask;
        });
}
