namespace Collab.Tests.Support;

/// <summary>Both servers the product runs on, so every store test runs the same cases against each.</summary>
public static class StoreServers
{
    public const string Garnet = "garnet";
    public const string RedisServer = "redis-server";

    public static TheoryData<string> All => [Garnet, RedisServer];

    public static IStoreServer Create(string name, string dataDirectory) => name switch
    {
        Garnet => new GarnetStoreServer(dataDirectory),
        RedisServer => new RedisServerProcess(dataDirectory),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
