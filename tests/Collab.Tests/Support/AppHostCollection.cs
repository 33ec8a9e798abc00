namespace Collab.Tests.Support;

/// <summary>Tests of the running product share one embedded-store instance and one browser, and run one at a time (2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class AppHostCollection : ICollectionFixture<RunningProduct>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "running product";
}

/// <summary>The product in its default mode (embedded Garnet), started once for the collection.</summary>
public sealed class RunningProduct : IAsyncLifetime
{
    private readonly TempFolder data = new();
    private CollabApp? app;

    public CollabApp App => app ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() =>
        app = await CollabApp.StartAsync("embedded", data.Path, CancellationToken.None, loadDemo: true);

    /// <summary>Waits until the whole demo story is loaded: every demo member has counted all its registrations, every trajectory its steps.</summary>
    public async Task WaitForDemoAsync()
    {
        var demo = Collab.Silo.Demo.DemoStory.Generate(DateOnly.FromDateTime(DateTime.UtcNow));
        var expected = demo.Members.ToDictionary(m => m.Id, m => demo.Activities.Count(a => a.OwnerId == m.Id && a is not Collab.Contracts.Activities.ProcurementUpdate));
        await using var orleans = await App.ConnectClient();
        var view = orleans.Client.GetGrain<Collab.Contracts.Indicators.ICollaborationGrain>(0);
        var steps = demo.Activities.Count(a => a is Collab.Contracts.Activities.ProcurementUpdate);
        var figures = await Eventually.Until(view.GetFigures, f => f.Initiatives.Count >= demo.Initiatives.Length
            && f.Initiatives.Values.Sum(i => i.Trajectory.Steps.IsDefault ? 0 : i.Trajectory.Steps.Length) >= steps
            && expected.All(e => f.Members.TryGetValue(e.Key, out var m) && m.Sequence >= e.Value), TimeSpan.FromSeconds(120));
        Assert.True(expected.All(e => figures.Members.TryGetValue(e.Key, out var m) && m.Sequence >= e.Value), "The demo story did not finish loading.");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        data.Dispose();
    }
}
