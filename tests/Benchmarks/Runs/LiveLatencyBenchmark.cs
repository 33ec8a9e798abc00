using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Collab.Benchmarks.Report;
using Collab.Contracts.Members;
using Collab.Dashboard.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace Collab.Benchmarks.Runs;

/// <summary>
/// Acknowledgement of a registration → the figures a subscribed page holds, with a steady background load through the
/// API batch endpoint. The subscriptions are the dashboard's own change feed and reader (what every open page uses), in
/// this process; a few probes are also timed in a real browser on the comparison page.
/// </summary>
public static class LiveLatencyBenchmark
{
    private const string Probe = "probe";
    private const int Members = 20;

    public static async Task Run(ProductUnderTest product, ResultTable table, int subscriptions, int backgroundPerSecond, TimeSpan duration, int browserProbes)
    {
        await product.EnsureMembers(Members);
        await product.Orleans.Client.GetGrain<IMemberGrain>(Probe).SetProfile(Workload.Member(99_999) with { Id = Probe });
        using var feed = new FeedInProcess(product);
        await feed.Start();
        var reader = new CollaborationReader(product.Orleans.Client);
        var acknowledgedAt = new ConcurrentDictionary<long, long>();
        var samples = new ConcurrentBag<double>();
        var subscribers = Enumerable.Range(0, subscriptions).Select(_ => new Subscriber(reader, acknowledgedAt, samples)).ToList();
        foreach (var s in subscribers)
        {
            feed.Feed.Subscribe(_ => s.Read());
        }

        using var stop = new CancellationTokenSource(duration);
        var background = Background(product, backgroundPerSecond, stop.Token);
        var probes = 0L;
        var http = product.Manager;
        while (!stop.IsCancellationRequested)
        {
            var n = probes + 1;
            var response = await http.PostAsJsonAsync("/api/v1/support-sessions", Workload.Session($"probe-{Guid.NewGuid():N}", 0, 1) with { ProvidingMemberId = Probe, HostMemberId = Probe }, Workload.Json);
            response.EnsureSuccessStatusCode();
            acknowledgedAt[n] = Stopwatch.GetTimestamp();
            probes = n;
            await Task.Delay(200);
        }

        var sent = await background;
        await Collab.Tests.Support.Eventually.Until(() => Task.FromResult(subscribers.Min(s => s.Seen)), seen => seen >= probes, TimeSpan.FromSeconds(30));
        var viewModel = Percentiles.Of(samples);
        var achieved = sent / duration.TotalSeconds;
        table.Add(new Measurement("Live latency", $"ack → page view model, {subscriptions} subscriptions, {achieved:N0} regs/s background", viewModel.ToString(),
            "–", "–", "p50 ≤ 150, p99 ≤ 400 ms", viewModel.P50 <= 150 && viewModel.P99 <= 400));
        table.Note($"Live latency: {probes} probe registrations × {subscriptions} subscriptions = {viewModel.Count:N0} samples (max {viewModel.Max:N0} ms); background {sent:N0} registrations in {duration.TotalSeconds:N0} s through the API batch endpoint (asked {backgroundPerSecond:N0}/s).");
        if (browserProbes > 0)
        {
            var browser = await InBrowser(product, browserProbes);
            table.Add(new Measurement("Live latency", $"ack → number on the comparison page in Chromium, {browserProbes} probes", browser.ToString(), "–", "–", "p50 ≤ 150, p99 ≤ 400 ms", browser.P50 <= 150 && browser.P99 <= 400));
        }
    }

    private static async Task<long> Background(ProductUnderTest product, int perSecond, CancellationToken stop)
    {
        const int ticksPerSecond = 10;
        var batch = Math.Max(1, perSecond / ticksPerSecond);
        long sent = 0;
        await LoadGenerator.OpenLoop(TimeSpan.FromSeconds(1.0 / ticksPerSecond), async tick =>
        {
            var response = await product.Manager.PostAsJsonAsync("/api/v1/support-sessions/batch", Workload.Sessions($"bg-{tick}", 0, batch, Members), Workload.Json);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Add(ref sent, batch);
            }
        }, stop);
        return sent;
    }

    /// <summary>A few probes timed from acknowledgement to the new count in the comparison page's probe row.</summary>
    private static async Task<Percentiles> InBrowser(ProductUnderTest product, int probes)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium" });
        await using var session = await Collab.Tests.Support.BrowserSession.OpenAsync(browser, product.App.DashboardUrl, "nl-NL");
        var page = session.Page;
        await page.GotoAsync("/vergelijking");
        await session.WaitForInteractive();
        await session.WaitForFigures();
        await page.GetByTestId("absolute").CheckAsync();
        await Assertions.Expect(page.GetByTestId("absolute")).ToBeCheckedAsync();
        var cell = page.Locator($"tr[data-member='{Probe}'] td[data-column=SupportSessions]");
        // Absolute counts, not per DIV FTE: whole numbers.
        await Assertions.Expect(cell).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
        var samples = new List<double>();
        for (var i = 0; i < probes; i++)
        {
            var before = int.Parse(await cell.InnerTextAsync(), CultureInfo.InvariantCulture);
            var response = await product.Manager.PostAsJsonAsync("/api/v1/support-sessions", Workload.Session($"browser-{Guid.NewGuid():N}", 0, 1) with { ProvidingMemberId = Probe, HostMemberId = Probe }, Workload.Json);
            response.EnsureSuccessStatusCode();
            var acknowledged = Stopwatch.GetTimestamp();
            await page.WaitForFunctionAsync("([selector, expected]) => document.querySelector(selector)?.textContent.trim() === expected",
                new object[] { $"tr[data-member='{Probe}'] td[data-column=SupportSessions]", (before + 1).ToString(CultureInfo.InvariantCulture) }, new() { PollingInterval = 5, Timeout = 10_000 });
            samples.Add(Stopwatch.GetElapsedTime(acknowledged).TotalMilliseconds);
        }

        return Percentiles.Of(samples);
    }

    /// <summary>One open page's view model: on every notice it reads the figures as the page does and times the probes it sees for the first time.</summary>
    private sealed class Subscriber(ICollaborationReader reader, ConcurrentDictionary<long, long> acknowledgedAt, ConcurrentBag<double> samples)
    {
        private long seen;

        public long Seen => Interlocked.Read(ref seen);

        public async Task Read()
        {
            var figures = await reader.Read();
            var now = Stopwatch.GetTimestamp();
            var sequence = figures.Members.TryGetValue(Probe, out var probe) ? probe.Sequence : 0;
            lock (this)
            {
                for (var n = seen + 1; n <= sequence; n++)
                {
                    // The notice can overtake the HTTP answer; that counts as no delay.
                    samples.Add(acknowledgedAt.TryGetValue(n, out var at) ? Math.Max(0, Stopwatch.GetElapsedTime(at, now).TotalMilliseconds) : 0);
                }

                seen = Math.Max(seen, sequence);
            }
        }
    }

    /// <summary>The dashboard's change feed on its own connection to the store.</summary>
    private sealed class FeedInProcess(ProductUnderTest product) : IDisposable
    {
        public ChangeFeed Feed { get; } = new(product.Store, NullLogger<ChangeFeed>.Instance);

        public Task Start() => Feed.StartAsync(CancellationToken.None);

        public void Dispose() => Feed.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}
