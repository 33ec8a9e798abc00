using System.Collections.Concurrent;
using System.Diagnostics;
using Collab.Contracts.Activities;
using Collab.Contracts.Members;

namespace Collab.Benchmarks.Runs;

/// <summary>
/// Under a steady load spread over every member (grain path), how long after its answer a probe registration is in the
/// cross-member view: a probe every 200 ms for one member, the view followed by a delta-reading copy every 10 ms.
/// </summary>
public static class ViewLag
{
    public static async Task<Percentiles> Measure(IClusterClient client, int members, int perSecond, TimeSpan duration)
    {
        var probe = Workload.MemberId(0);
        // A mark for a profiler to attach at (dotnet-trace on the silos): the steady load starts now.
        Console.Error.WriteLine($"View lag: {perSecond} registrations/s over {members} members for {duration.TotalSeconds:N0} s starts.");
        var copy = new ViewCopy(client);
        await copy.Read();
        var start = copy.Figures.Members[probe].Sequence;
        var acknowledged = new ConcurrentDictionary<long, long>();
        var samples = new ConcurrentBag<double>();
        using var stop = new CancellationTokenSource(duration);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var random = new Random(7);
        var background = LoadGenerator.OpenLoop(TimeSpan.FromMilliseconds(100), tick =>
            Task.WhenAll(Enumerable.Range(0, perSecond / 10).Select(k =>
            {
                var m = 1 + random.Next(members - 1);
                var id = Workload.MemberId(m);
                return client.GetGrain<IMemberGrain>(id).RegisterMany([Session($"{id}-lag{tick}-{k}", today, id, members, m)]);
            })), stop.Token);
        var follower = Follow(copy, probe, start, acknowledged, samples, stop.Token);
        var sent = 0L;
        while (!stop.IsCancellationRequested)
        {
            var result = await client.GetGrain<IMemberGrain>(probe).Register(Session($"probe-{Guid.NewGuid():N}", today, probe, members, 0));
            if (result.IsCounted)
            {
                acknowledged[++sent] = Stopwatch.GetTimestamp();
            }

            await Task.Delay(200);
        }

        await background;
        await follower;
        // Whatever the follower had not seen by the end keeps being waited for, up to a minute.
        await Collab.Tests.Support.Eventually.Until(copy.Read, f => f.Members[probe].Sequence >= start + sent, TimeSpan.FromMinutes(1));
        Record(copy, probe, start, acknowledged, samples);
        return Percentiles.Of(samples);
    }

    private static SupportSession Session(string activityId, DateOnly date, string id, int members, int m) =>
        new(activityId, date, id, Workload.MemberId((m + 1) % members), null, SupportFormat.PopUpStore, [SupportTopic.Dms], 2, 30, 0, null);

    private static async Task Follow(ViewCopy copy, string probe, long start, ConcurrentDictionary<long, long> acknowledged, ConcurrentBag<double> samples, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await copy.Read();
            Record(copy, probe, start, acknowledged, samples);
            await Task.Delay(10);
        }
    }

    private static void Record(ViewCopy copy, string probe, long start, ConcurrentDictionary<long, long> acknowledged, ConcurrentBag<double> samples)
    {
        var now = Stopwatch.GetTimestamp();
        var seen = copy.Figures.Members[probe].Sequence - start;
        foreach (var n in acknowledged.Keys.Where(n => n <= seen).ToList())
        {
            if (acknowledged.TryRemove(n, out var at))
            {
                samples.Add(Stopwatch.GetElapsedTime(at, now).TotalMilliseconds);
            }
        }
    }
}
