using Collab.AppHost.Store;

namespace Collab.Tests.Support;

/// <summary>The embedded Garnet exactly as the AppHost configures it.</summary>
public sealed class GarnetStoreServer(string dataDirectory) : IStoreServer
{
    private readonly int port = FreePort.Pick();
    private EmbeddedGarnet? garnet;

    public string Name => "garnet";

    public string ConnectionString => $"127.0.0.1:{port}";

    public Task StartAsync()
    {
        garnet = new EmbeddedGarnet(port, dataDirectory);
        garnet.Start();
        return Task.CompletedTask;
    }

    public async Task StopAsync()
    {
        if (garnet is not null)
        {
            await garnet.DisposeAsync();
            garnet = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
