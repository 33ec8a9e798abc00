using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;

namespace Collab.Tests.Drills.Harness;

/// <summary>
/// Clients registering support sessions, each for one of the members, at a steady rate through the API, each retrying a refused or
/// failed registration with the same id until it is acknowledged: what a well-behaved script does during a failure.
/// </summary>
public sealed class SteadyRegistrations(HttpClient api, IReadOnlyList<string> members, int clients, TimeSpan pace)
{
    public SteadyRegistrations(HttpClient api, string memberId, int clients, TimeSpan pace)
        : this(api, [memberId], clients, pace)
    {
    }

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<string, bool> acknowledged = new();
    private readonly ConcurrentDictionary<string, bool> retried = new();
    private readonly ConcurrentBag<int> statuses = [];
    private readonly ConcurrentBag<string> unexpected = [];
    private readonly ConcurrentBag<Failure> failures = [];
    private readonly ConcurrentBag<Failure> slowAnswers = [];
    private int retryAfterMissing;
    private int failedRequests;

    public IReadOnlyCollection<string> Acknowledged => [.. acknowledged.Keys];

    /// <summary>Registrations that failed at least once before they were acknowledged.</summary>
    public int FailedThenRetried => retried.Keys.Count(acknowledged.ContainsKey);

    /// <summary>Answers other than 2xx, 503 or 429: each one a failure of the product.</summary>
    public IReadOnlyCollection<string> Unexpected => [.. unexpected];

    public int ServiceUnavailable => statuses.Count(s => s == 503);

    public int RetryAfterMissing => retryAfterMissing;

    /// <summary>Every attempt that was not acknowledged: when its answer came (0: no answer), for which member.</summary>
    public IReadOnlyCollection<Failure> Failures => [.. failures];

    /// <summary>Acknowledged attempts that took over a second: what a caller waited while a silo died.</summary>
    public IReadOnlyCollection<Failure> SlowAnswers => [.. slowAnswers];

    /// <summary>Requests that got no answer at all (connection reset, timeout).</summary>
    public int FailedRequests => failedRequests;

    public string Answers => string.Join(", ", statuses.GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "no answer" : g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}×{g.Count()}"));

    /// <summary>Registers until <paramref name="stop"/> is cancelled; a registration under way is still retried to the end.</summary>
    public Task Run(CancellationToken stop) => Task.WhenAll(Enumerable.Range(0, clients).Select(c => Client(c, stop)));

    private async Task Client(int client, CancellationToken stop)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        var memberId = members[client % members.Count];
        var next = DateTimeOffset.UtcNow;
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var id = $"{memberId}-{client}-{i}-{Guid.NewGuid():N}";
            var session = new
            {
                id,
                date = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                providingMemberId = memberId,
                hostMemberId = memberId,
                format = "online",
                topics = Array.Empty<string>(),
                peopleHelped = 1,
                durationMinutes = 10,
                leaflets = 0,
            };
            while (!await TryOnce(id, memberId, session))
            {
                retried[id] = true;
                await Task.Delay(pace * 2, CancellationToken.None);
            }

            try
            {
                // A steady rate, not a gap after each answer: a slow answer does not lower the load a failure meets.
                next += pace;
                await Task.Delay(next - DateTimeOffset.UtcNow is { Ticks: > 0 } wait ? wait : TimeSpan.Zero, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> TryOnce(string id, string memberId, object session)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout);
        var sent = DateTimeOffset.UtcNow;
        try
        {
            using var response = await api.PostAsJsonAsync("/api/v1/support-sessions", session, timeout.Token);
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                if (DateTimeOffset.UtcNow - sent > TimeSpan.FromSeconds(1))
                {
                    slowAnswers.Add(new Failure(sent, DateTimeOffset.UtcNow, memberId, (int)response.StatusCode));
                }

                acknowledged[id] = true;
                return true;
            }

            failures.Add(new Failure(sent, DateTimeOffset.UtcNow, memberId, (int)response.StatusCode));
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is null)
            {
                Interlocked.Increment(ref retryAfterMissing);
            }

            if (response.StatusCode is not (HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests))
            {
                unexpected.Add($"{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            statuses.Add(0);
            failures.Add(new Failure(sent, DateTimeOffset.UtcNow, memberId, 0));
            Interlocked.Increment(ref failedRequests);
        }

        return false;
    }
}

/// <summary>An attempt that was not acknowledged: when it was sent, when its answer came (or the wait ended), for which member, the status (0: no answer).</summary>
public sealed record Failure(DateTimeOffset Sent, DateTimeOffset At, string Member, int Status);
