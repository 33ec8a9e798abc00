using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Collab.Tests.Support;

/// <summary>The whole product started through its AppHost, as <c>dotnet run --project AppHost</c> would, on a data folder of the test's.</summary>
public sealed class CollabApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private CollabApp(DistributedApplication app, string clusterId)
    {
        App = app;
        ClusterId = clusterId;
    }

    public DistributedApplication App { get; }

    public string ClusterId { get; }

    public Uri DashboardUrl => App.GetEndpoint("dashboard", "http");

    /// <param name="settings">More AppHost settings as <c>Key=Value</c>, e.g. <c>RateLimits:WritesPerMinute=1000000</c> for a load run.</param>
    public static async Task<CollabApp> StartAsync(string storeMode, string dataPath, CancellationToken cancellationToken, bool loadDemo = false, params string[] settings)
    {
        var clusterId = $"test-{Guid.NewGuid():N}";
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
            [$"Store:Mode={storeMode}", $"Store:DataPath={dataPath}", $"Orleans:ClusterId={clusterId}", "Dashboard:Port=0", $"Demo:Load={loadDemo}", .. settings],
            (options, _) => options.DisableDashboard = true,
            cancellationToken);
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        // The services' own logs stay in the services; a run shows warnings and worse.
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var app = await builder.BuildAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        await app.StartAsync(timeout.Token);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("dashboard", timeout.Token);
        return new CollabApp(app, clusterId);
    }

    public async Task<string> StoreConnectionString() =>
        await App.GetConnectionStringAsync("redis") ?? throw new InvalidOperationException("The store has no connection string.");

    public async Task<OrleansTestClient> ConnectClient() =>
        await OrleansTestClient.ConnectAsync(await StoreConnectionString(), ClusterId);

    /// <summary>Process ids of the running silo replicas, from the AppHost's resource notifications.</summary>
    public async Task<IReadOnlyList<int>> SiloProcessIds(int expected = 2)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var pids = new Dictionary<string, int>();
        try
        {
            await foreach (var e in App.ResourceNotifications.WatchAsync(timeout.Token))
            {
                if (e.Resource.Name == "silo" && e.Snapshot.State?.Text == KnownResourceStates.Running
                    && e.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid
                    && int.TryParse(pid.ToString(), out var id))
                {
                    pids[e.ResourceId] = id;
                }

                if (pids.Count == expected)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Fewer running than expected: the caller sees how many.
        }

        return [.. pids.Values];
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
