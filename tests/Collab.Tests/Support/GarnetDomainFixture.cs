namespace Collab.Tests.Support;

/// <summary>Two in-process silos on an embedded Garnet of their own, shared by one test class.</summary>
public sealed class GarnetDomainFixture : IAsyncLifetime
{
    private readonly TempFolder data = new();
    private GarnetStoreServer? store;

    public DomainCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        store = new GarnetStoreServer(data.Path);
        await store.StartAsync();
        Cluster = await DomainCluster.StartAsync(store.ConnectionString);
        await Cluster.Client.OnboardAsync(SampleMembers.Ocw(), SampleMembers.Ministry("ezk"), SampleMembers.Ministry("lnv"), SampleMembers.Duo());
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        data.Dispose();
    }
}
