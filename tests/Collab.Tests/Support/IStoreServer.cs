namespace Collab.Tests.Support;

/// <summary>A Redis-protocol server under test that can be stopped and started again on the same data.</summary>
public interface IStoreServer : IAsyncDisposable
{
    string Name { get; }

    string ConnectionString { get; }

    Task StartAsync();

    /// <summary>Stops the server the way a clean shutdown does; data must survive <see cref="StartAsync"/>.</summary>
    Task StopAsync();
}
