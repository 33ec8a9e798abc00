using System.Diagnostics;
using Collab.Contracts.Members;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Benchmarks.Runs;

/// <summary>The whole product started through its AppHost for a run, with the clients a run needs: HTTP as manager, Orleans, and the store itself.</summary>
public sealed class ProductUnderTest : IAsyncDisposable
{
    private readonly TempFolder data;

    private ProductUnderTest(string storeMode, TempFolder data, CollabApp app, OrleansTestClient orleans, ConnectionMultiplexer store, HttpClient manager)
    {
        StoreMode = storeMode;
        this.data = data;
        App = app;
        Orleans = orleans;
        Store = store;
        Manager = manager;
    }

    public string StoreMode { get; }

    public CollabApp App { get; }

    public OrleansTestClient Orleans { get; }

    public ConnectionMultiplexer Store { get; }

    public HttpClient Manager { get; }

    public static async Task<ProductUnderTest> StartAsync(string storeMode)
    {
        var clock = Stopwatch.StartNew();
        var data = new TempFolder();
        // Load runs send far more than a person would; the per-caller limit would measure itself.
        var app = await CollabApp.StartAsync(storeMode, data.Path, CancellationToken.None, loadDemo: false, "RateLimits:WritesPerMinute=100000000");
        var orleans = await app.ConnectClient();
        var store = await ConnectionMultiplexer.ConnectAsync(await app.StoreConnectionString() + ",allowAdmin=true,syncTimeout=60000,asyncTimeout=60000");
        var manager = await ApiClients.As(app, "collaboration-manager");
        Console.WriteLine($"  product started ({storeMode} store) in {clock.Elapsed.TotalSeconds:N1} s");
        return new ProductUnderTest(storeMode, data, app, orleans, store, manager);
    }

    /// <summary>Onboards members <c>0..count-1</c> (again, unchanged, when there already), 16 at a time; returns how many before <paramref name="stop"/>.</summary>
    public async Task<int> EnsureMembers(int count, CancellationToken stop = default)
    {
        var done = 0;
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = stop }, async (i, _) =>
            {
                var result = await Orleans.Client.GetGrain<IMemberGrain>(Workload.MemberId(i)).SetProfile(Workload.Member(i));
                if (!result.IsCounted)
                {
                    throw new InvalidOperationException($"Member {i} was refused: {string.Join(", ", result.Errors)}");
                }

                Interlocked.Increment(ref done);
            });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Out of time: the caller reports how far it got.
        }

        return done;
    }

    public async Task<long> LedgerCount() => (long?)await Store.GetDatabase().StringGetAsync("{ledger}:count") ?? 0;

    public async ValueTask DisposeAsync()
    {
        Manager.Dispose();
        await Store.DisposeAsync();
        await Orleans.DisposeAsync();
        await App.DisposeAsync();
        data.Dispose();
    }
}
