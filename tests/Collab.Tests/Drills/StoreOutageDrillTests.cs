using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Support;
using StackExchange.Redis;

namespace Collab.Tests.Drills;

/// <summary>
/// Short drill: the store refuses writes for 8 s in the middle of steady registrations. Writes get 503 with
/// Retry-After (never a 500), the product recovers by itself, and every acknowledged registration is kept once.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class StoreOutageDrillTests
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task A_store_outage_gives_503s_and_loses_nothing_that_was_acknowledged()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var data = new TempFolder();
        await using var app = await CollabApp.StartAsync("server", data.Path, cancel);
        using var manager = await ApiClients.As(app, "collaboration-manager");
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd");
        (await manager.PostAsJsonAsync("/api/v1/members", new
        {
            id = "drill",
            nameNl = "Oefening",
            nameEn = "Drill",
            abbreviation = "DR",
            kind = "ministry",
            divFte = 10,
            joinedOn = today,
        }, cancel)).EnsureSuccessStatusCode();
        await using var store = await ConnectionMultiplexer.ConnectAsync(await app.StoreConnectionString() + ",allowAdmin=true");
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var acknowledged = new ConcurrentDictionary<string, bool>();
        var retryAfterMissing = 0;
        var outageOver = DateTime.UtcNow.AddYears(1);

        // Four clients register steadily; each retries a refused registration with the same id until it is acknowledged.
        async Task Client(int client)
        {
            for (var i = 0; DateTime.UtcNow < outageOver.AddSeconds(3); i++)
            {
                var id = $"drill-{client}-{i}";
                while (true)
                {
                    var response = await manager.PostAsJsonAsync("/api/v1/support-sessions", new
                    {
                        id,
                        date = today,
                        providingMemberId = "drill",
                        hostMemberId = "drill",
                        format = "online",
                        topics = Array.Empty<string>(),
                        peopleHelped = 1,
                        durationMinutes = 10,
                        leaflets = 0,
                    }, cancel);
                    statuses.Add(response.StatusCode);
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                    {
                        acknowledged[id] = true;
                        // A steady rate under the per-caller write limit (1,200 a minute): four clients, one each 250 ms.
                        await Task.Delay(TimeSpan.FromMilliseconds(250), cancel);
                        break;
                    }

                    if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is null)
                    {
                        Interlocked.Increment(ref retryAfterMissing);
                    }

                    if ((int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.ServiceUnavailable)
                    {
                        TestContext.Current.TestOutputHelper?.WriteLine($"{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancel)}");
                        return;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancel);
                }
            }
        }

        var clients = Enumerable.Range(0, 4).Select(Client).ToList();
        await Eventually.Until(() => Task.FromResult(acknowledged.Count), n => n >= 20, TimeSpan.FromSeconds(60));
        await store.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", ((long)Outage.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture), "WRITE");
        outageOver = DateTime.UtcNow + Outage;
        await Task.WhenAll(clients);

        var counts = statuses.GroupBy(s => (int)s).ToDictionary(g => g.Key, g => g.Count());
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Store outage drill ({Outage.TotalSeconds:F0} s): acknowledged {acknowledged.Count}, answers {string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}×{c.Value}"))}");
        Assert.DoesNotContain(statuses, s => (int)s >= 500 && s != HttpStatusCode.ServiceUnavailable);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.Equal(0, retryAfterMissing);
        // Recovered by itself: registrations after the outage were acknowledged again.
        Assert.True(acknowledged.Count > 20, $"{acknowledged.Count} acknowledged");
        foreach (var id in acknowledged.Keys)
        {
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/support-sessions/{id}", cancel)).StatusCode);
        }

        var ledger = (long)await store.GetDatabase().StringGetAsync("{ledger}:count");
        var figures = await Eventually.Until(
            () => manager.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/members/drill?from={today[..7]}&to={today[..7]}", cancel),
            f => f.GetProperty("supportSessions").GetInt32() == acknowledged.Count, TimeSpan.FromSeconds(30));
        Assert.Equal(acknowledged.Count, ledger);
        Assert.Equal(acknowledged.Count, figures.GetProperty("supportSessions").GetInt32());
    }
}
