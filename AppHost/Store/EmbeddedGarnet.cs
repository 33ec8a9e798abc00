using Garnet;

namespace Collab.AppHost.Store;

/// <summary>
/// A Garnet server inside this process, speaking the Redis protocol on a loopback port.
/// Every write is in the append-only file on disk before the client gets its reply.
/// </summary>
public sealed class EmbeddedGarnet(int port, string dataDirectory) : IAsyncDisposable
{
    private GarnetServer? server;

    public int Port { get; } = port;

    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>The AOF's page (Garnet wants it at least twice the log's page of 4 MB).</summary>
    public const int AofPageBytes = 8 << 20;

    /// <summary>The options, each pinned so a Garnet default can never change our durability.</summary>
    public IReadOnlyList<string> Arguments =>
    [
        "--bind", "127.0.0.1",
        "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // The native device crashes the process on Debian 12.
        "--device-type", "RandomAccess",
        "--storage-tier",
        // The hash index is allocated (and touched) whole at start: 128 MB by default; 4 MB holds ~250,000 keys before it overflows.
        "--index", "4m",
        // Log and AOF pages are allocated and zeroed whole (defaults 16 MB and 32 MB, an AOF buffer of 128 MB): ~100 MB resident
        // for a store whose whole AOF after the demo is 1 MB. A value larger than a page still goes through (StoreContractTests).
        "--page", "4m",
        "--aof-page-size", $"{(AofPageBytes >> 20).ToString(System.Globalization.CultureInfo.InvariantCulture)}m",
        "--aof-memory", "16m",
        "--logdir", Path.Combine(DataDirectory, "log"),
        "--checkpointdir", Path.Combine(DataDirectory, "checkpoints"),
        "--recover",
        // Orleans grain storage runs Lua; transaction mode makes each script atomic.
        "--lua",
        "--lua-transaction-mode",
        // Commit the AOF on every write and reply only after the commit.
        "--aof",
        "--aof-commit-freq", "0",
        "--aof-commit-wait",
    ];

    public void Start()
    {
        if (server is not null)
        {
            return;
        }

        Directory.CreateDirectory(DataDirectory);
        server = new GarnetServer([.. Arguments]);
        // Before Start(), which recovers: replaying the AOF runs logged procedures again, so they must be known, always in this order.
        server.Register.NewTransactionProc(LedgerAppendProcedure.Name, () => new LedgerAppendProcedure(), LedgerAppendProcedure.CommandInfo);
        server.Start();
    }

    public async ValueTask DisposeAsync()
    {
        if (server is null)
        {
            return;
        }

        await server.Store.CommitAOFAsync(CancellationToken.None);
        server.Dispose();
        server = null;
    }
}
