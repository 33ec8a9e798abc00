using Aspire.Hosting.ApplicationModel;
using Collab.Tests.Drills.Harness;
using Collab.Tests.Support;
using Microsoft.Playwright;
using StackExchange.Redis;

namespace Collab.Tests.Drills;

/// <summary>
/// Short drill: the store process is stopped for 10 s in the middle of steady registrations while a dashboard is open.
/// Writes get 503 with Retry-After (never a 500), the open page says its figures are not current, and everything
/// recovers by itself when the store is back: every acknowledged registration is kept once.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class StoreOutageDrillTests(ChromiumFixture chromium)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_store_outage_gives_503s_shows_not_current_and_recovers_without_losing_anything()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var data = new TempFolder();
        await using var app = await CollabApp.StartAsync("server", data.Path, cancel);
        using var manager = await ApiClients.As(app, "collaboration-manager");
        await DrillMember.Onboard(manager, "outage");
        await using var browser = await BrowserSession.OpenAsync(chromium.Browser, app.DashboardUrl);
        await browser.Page.GotoAsync("/");
        await Assertions.Expect(browser.Page.GetByTestId("updated-at")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var notCurrent = browser.Page.GetByText("De gegevens zijn niet actueel");

        var load = new SteadyRegistrations(manager, "outage", clients: 4, pace: TimeSpan.FromMilliseconds(250));
        using var stop = new CancellationTokenSource();
        var running = load.Run(stop.Token);
        await Eventually.Until(() => Task.FromResult(load.Acknowledged.Count), n => n >= 20, TimeSpan.FromSeconds(60));
        var store = ((DistributedApplicationModel)app.App.Services.GetService(typeof(DistributedApplicationModel))!).Resources.Single(r => r.Name == "redis");

        Assert.True((await app.App.ResourceCommands.ExecuteCommandAsync(store, KnownResourceCommands.StopCommand, cancel)).Success);
        var stoppedAt = DateTime.UtcNow;
        await Assertions.Expect(notCurrent).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var acknowledgedDuringOutage = load.Acknowledged.Count;
        // The outage itself lasts its length; nothing waits on it.
        await Task.Delay(Outage - (DateTime.UtcNow - stoppedAt), cancel);
        Assert.True((await app.App.ResourceCommands.ExecuteCommandAsync(store, KnownResourceCommands.StartCommand, cancel)).Success);

        await Assertions.Expect(notCurrent).ToBeHiddenAsync(new() { Timeout = 60_000 });
        await Eventually.Until(() => Task.FromResult(load.Acknowledged.Count), n => n >= acknowledgedDuringOutage + 20, TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await running;

        var acknowledged = load.Acknowledged;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Store outage drill ({Outage.TotalSeconds:N0} s stopped): acknowledged {acknowledged.Count}, failed-then-retried {load.FailedThenRetried}, answers {load.Answers}");
        Assert.Empty(load.Unexpected);
        Assert.True(load.ServiceUnavailable > 0, load.Answers);
        Assert.Equal(0, load.RetryAfterMissing);
        Assert.True(acknowledged.Count >= acknowledgedDuringOutage + 20, "The product did not recover by itself.");
        Assert.Empty(await DrillMember.Missing(manager, acknowledged));
        await using var redis = await ConnectionMultiplexer.ConnectAsync(await app.StoreConnectionString());
        Assert.Equal(acknowledged.Count, await LedgerReads.CountAsync(redis.GetDatabase()));
        Assert.Equal(acknowledged.Count, await DrillMember.SessionsThisMonth(manager, "outage", acknowledged.Count, TimeSpan.FromSeconds(30)));
        Assert.Empty(browser.PolicyViolations);
    }
}
