using System.Diagnostics;
using Collab.Dashboard.Audit;
using Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Collab.Tests.Store;

/// <summary>
/// The reader pages through a trail of 50,000 lines on the embedded store, with and without filters: every matching line
/// exactly once, newest first, each page under a second (printed). The expected lines are worked out from the seed itself.
/// </summary>
public sealed class AuditPagingTests
{
    private const int Lines = 50_000;
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Actors = ["registrar:ocw", "registrar:ezk", "department-head:ezk", "collaboration-manager:*", "anonymous", "registrar:lnv", "department-head:ocw"];
    private static readonly string[] Actions = ["POST", "PUT", "PAGE"];

    /// <summary>What seed line <paramref name="i"/> says, worked out from i alone; its origin names it.</summary>
    private static AuditLine Seed(int i) => new(
        Start.AddSeconds(i),
        Actors[i % Actors.Length],
        Actions[i % Actions.Length],
        i % 4 == 0 ? $"/api/v1/members/m{i / 4 % 50}" : $"/api/v1/support-sessions/s{i}",
        i % 13 == 0 ? "200 stored=2 duplicates=0 rejected=0" : i % 11 == 0 ? "403" : "201",
        $"10.0.0.1; seed {i}");

    [Fact]
    public async Task Fifty_thousand_lines_page_with_filters_each_line_once_and_each_page_under_a_second()
    {
        await using var store = await RunningStore.StartAsync(StoreServers.Garnet);
        var (trail, reader) = Open(store.Connection);
        var seeding = Stopwatch.StartNew();
        // Written in order through the audit writer: its group commit makes 100 pushes of 500 lines.
        await Task.WhenAll(Enumerable.Range(0, Lines).Select(i => trail.WriteAsync(Seed(i))));
        var written = seeding.Elapsed;
        await trail.Index.CatchUpAsync();
        Print($"audit seed: {Lines:N0} lines written in {written.TotalSeconds:F1} s, indexed by {seeding.Elapsed.TotalSeconds:F1} s");

        var cases = new (string Name, AuditFilter Filter, Func<int, bool> Expected, int Take)[]
        {
            ("none", AuditFilter.None, _ => true, 1_000),
            ("actor 'EZK' + action put + result 201", new AuditFilter(Actor: "EZK", Action: "put", Result: "201"),
                i => Actors[i % 7].EndsWith(":ezk", StringComparison.Ordinal) && i % 3 == 1 && i % 13 != 0 && i % 11 != 0, 100),
            ("result 200 (imports)", new AuditFilter(Result: "200"), i => i % 13 == 0, 500),
            ("object prefix /api/v1/members/m1", new AuditFilter(Objects: ["/api/v1/members/m1"]), i => i % 4 == 0 && (i / 4 % 50 == 1 || i / 4 % 50 / 10 == 1), 100),
            ("object path /api/v1/members/m1", new AuditFilter(Objects: ["/api/v1/members/m1"], WholeSegments: true), i => i % 4 == 0 && i / 4 % 50 == 1, 100),
            ("time range + actor anonymous", new AuditFilter(Actor: "anonymous", From: Start.AddSeconds(10_000), Until: Start.AddSeconds(22_345)),
                i => i is >= 10_000 and < 22_345 && i % 7 == 4, 100),
            ("nothing matches", new AuditFilter(Actor: "registrar:nobody"), _ => false, 100),
        };

        foreach (var (name, filter, expected, take) in cases)
        {
            var want = Enumerable.Range(0, Lines).Where(expected).Select(i => $"10.0.0.1; seed {i}").Reverse().ToArray();
            var seen = new List<string>();
            var times = new List<double>();
            var cursor = AuditCursor.Newest;
            AuditPage? second = null;
            while (true)
            {
                var watch = Stopwatch.StartNew();
                var page = await reader.ReadAsync(filter, cursor, take);
                times.Add(watch.Elapsed.TotalMilliseconds);
                Assert.True(page.Lines.Count <= take);
                Assert.Equal(page.Lines.Select(l => l.Id).OrderDescending(), page.Lines.Select(l => l.Id));
                seen.AddRange(page.Lines.Select(l => l.Origin));
                second ??= cursor == AuditCursor.Newest ? null : page;
                if (page.OlderBefore is not { } before)
                {
                    break;
                }

                cursor = new AuditCursor(Before: before);
            }

            var line = $"audit page, {name}: {want.Length:N0} lines in {times.Count} pages of {take}; slowest {times.Max():F0} ms, median {Median(times):F0} ms";
            Print(line);
            Assert.Equal(want, seen);
            Assert.True(times.Max() < 1_000, line);
            if (second is not null)
            {
                // Back from the second page: the first page again, exactly.
                var first = await reader.ReadAsync(filter, new AuditCursor(After: second.NewerAfter), take);
                Assert.Equal(want.Take(take), first.Lines.Select(l => l.Origin));
                Assert.Null(first.NewerAfter);
            }
        }
    }

    [Theory]
    [MemberData(nameof(StoreServers.All), MemberType = typeof(StoreServers))]
    public async Task Lines_written_by_two_processes_at_once_are_each_found_once_by_a_third(string serverName)
    {
        await using var store = await RunningStore.StartAsync(serverName);
        await using var other = await ConnectionMultiplexer.ConnectAsync(store.Server.ConnectionString);
        var (one, _) = Open(store.Connection);
        var (two, _) = Open(other);
        await using var third = await ConnectionMultiplexer.ConnectAsync(store.Server.ConnectionString);
        var (_, reader) = Open(third);

        await Task.WhenAll(Enumerable.Range(0, 1_200).Select(i => (i % 2 == 0 ? one : two).WriteAsync(Seed(i))));
        var all = await ReadAll(reader, AuditFilter.None, 250);
        var members = await ReadAll(reader, new AuditFilter(Objects: ["/api/v1/members/m2"], WholeSegments: true), 7);
        var when = await ReadAll(reader, new AuditFilter(Action: "page", From: Start.AddSeconds(100), Until: Start.AddSeconds(400)), 50);

        Assert.Equal(Enumerable.Range(0, 1_200).Select(i => $"10.0.0.1; seed {i}").Order(), all.Select(l => l.Origin).Order());
        Assert.Equal(Enumerable.Range(0, 1_200).Where(i => i % 4 == 0 && i / 4 % 50 == 2).Select(i => $"10.0.0.1; seed {i}").Order(), members.Select(l => l.Origin).Order());
        Assert.Equal(Enumerable.Range(100, 300).Where(i => i % 3 == 2).Select(i => $"10.0.0.1; seed {i}").Order(), when.Select(l => l.Origin).Order());
        Assert.Equal(all.Select(l => l.Id).OrderDescending(), all.Select(l => l.Id));
    }

    [Fact]
    public async Task A_line_written_after_a_page_was_read_is_on_the_next_read_and_ids_never_move()
    {
        await using var store = await RunningStore.StartAsync(StoreServers.Garnet);
        var (trail, reader) = Open(store.Connection);
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => trail.WriteAsync(Seed(i))));
        var before = await reader.ReadAsync(AuditFilter.None, AuditCursor.Newest, 10);

        await trail.WriteAsync(Seed(30));
        var after = await reader.ReadAsync(AuditFilter.None, AuditCursor.Newest, 10);
        var older = await reader.ReadAsync(AuditFilter.None, new AuditCursor(Before: before.OlderBefore), 10);

        Assert.Equal("10.0.0.1; seed 30", after.Lines[0].Origin);
        Assert.Equal(before.Lines.Take(9).Select(l => (l.Id, l.Origin)), after.Lines.Skip(1).Select(l => (l.Id, l.Origin)));
        Assert.Equal(Enumerable.Range(10, 10).Reverse().Select(i => $"10.0.0.1; seed {i}"), older.Lines.Select(l => l.Origin));
    }

    private static async Task<List<AuditEntry>> ReadAll(AuditReader reader, AuditFilter filter, int take)
    {
        var lines = new List<AuditEntry>();
        var cursor = AuditCursor.Newest;
        while (true)
        {
            var page = await reader.ReadAsync(filter, cursor, take);
            lines.AddRange(page.Lines);
            if (page.OlderBefore is not { } before)
            {
                return lines;
            }

            cursor = new AuditCursor(Before: before);
        }
    }

    private static void Print(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static (AuditTrail Trail, AuditReader Reader) Open(IConnectionMultiplexer connection)
    {
        var services = new ServiceCollection().AddKeyedSingleton("redis", connection).AddSingleton<AuditTrail>().AddSingleton<AuditReader>().BuildServiceProvider();
        return (services.GetRequiredService<AuditTrail>(), services.GetRequiredService<AuditReader>());
    }
}
