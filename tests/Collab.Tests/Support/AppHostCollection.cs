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

    /// <summary>Waits until the demo story's members and initiatives are all in the collaboration view, with activity.</summary>
    public async Task WaitForDemoAsync()
    {
        await using var orleans = await App.ConnectClient();
        var view = orleans.Client.GetGrain<Collab.Contracts.Indicators.ICollaborationGrain>(0);
        await Eventually.Until(view.GetFigures, f => f.Members.Count >= 7 && f.Initiatives.Count >= 5
            && f.Members.TryGetValue("ocw", out var ocw) && ocw.Sequence > 100, TimeSpan.FromSeconds(90));
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
