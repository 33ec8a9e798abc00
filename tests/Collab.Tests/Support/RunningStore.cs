using StackExchange.Redis;

namespace Collab.Tests.Support;

/// <summary>A started store server on a data folder of its own, with a connection to it.</summary>
public sealed class RunningStore : IAsyncDisposable
{
    private readonly TempFolder folder;

    private RunningStore(TempFolder folder, IStoreServer server, ConnectionMultiplexer connection)
    {
        this.folder = folder;
        Server = server;
        Connection = connection;
    }

    public IStoreServer Server { get; }

    /// <summary>The server's data folder.</summary>
    public string Folder => folder.Path;

    public ConnectionMultiplexer Connection { get; private set; }

    public IDatabase Db => Connection.GetDatabase();

    public static async Task<RunningStore> StartAsync(string serverName)
    {
        var folder = new TempFolder();
        var server = StoreServers.Create(serverName, folder.Path);
        await server.StartAsync();
        return new RunningStore(folder, server, await ConnectionMultiplexer.ConnectAsync(server.ConnectionString));
    }

    /// <summary>A clean stop and a start on the same data, then a fresh connection.</summary>
    public async Task RestartAsync()
    {
        await Connection.DisposeAsync();
        await Server.StopAsync();
        await Server.StartAsync();
        Connection = await ConnectionMultiplexer.ConnectAsync(Server.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        await Server.DisposeAsync();
        folder.Dispose();
    }
}
