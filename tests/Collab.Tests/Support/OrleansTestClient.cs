using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Collab.Tests.Support;

/// <summary>An Orleans client of the test's own, joined to a running cluster through the same Redis membership the silos use.</summary>
public sealed class OrleansTestClient : IAsyncDisposable
{
    private readonly IHost host;

    private OrleansTestClient(IHost host) => this.host = host;

    public IClusterClient Client => host.Services.GetRequiredService<IClusterClient>();

    public static async Task<OrleansTestClient> ConnectAsync(string storeConnectionString, string clusterId)
    {
        var host = Host.CreateDefaultBuilder()
            .UseOrleansClient(client => client
                .UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(storeConnectionString))
                .Configure<ClusterOptions>(o =>
                {
                    o.ServiceId = "collab-dashboard";
                    o.ClusterId = clusterId;
                }))
            .Build();
        await host.StartAsync();
        return new OrleansTestClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
