using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Tests.Support;

namespace Collab.Tests.Grains;

/// <summary>Many registrations at once, over many members, from several callers: totals exact, and the cross-member view follows within a second.</summary>
public sealed class ConcurrencyTests(GarnetDomainFixture fixture) : IClassFixture<GarnetDomainFixture>
{
    [Fact]
    public async Task Parallel_registrations_are_all_counted_once_and_the_collaboration_view_converges_within_a_second()
    {
        var members = Enumerable.Range(0, 12).Select(i => SampleMembers.Ministry($"m{i:00}-{Guid.NewGuid():N}"[..12])).ToArray();
        await fixture.Cluster.Client.OnboardAsync(members);
        var callers = fixture.Cluster.Callers;
        var month = new DateOnly(2024, 6, 10);
        var collaboration = fixture.Cluster.Client.GetGrain<ICollaborationGrain>(0);
        // Activate the view first: the second counted below is about feeding it, not about a cold start.
        await collaboration.GetFigures();
        const int perMember = 40;

        // Every registration is sent twice, from two different callers, interleaved: retries must not double count.
        var work = members.SelectMany((m, mi) => Enumerable.Range(0, perMember).SelectMany(i =>
        {
            var session = SampleActivities.Session($"{m.Id}-s{i}", provider: m.Id, host: "ocw", people: 3, date: month);
            return new[] { callers[(mi + i) % callers.Count], callers[(mi + i + 1) % callers.Count] }
                .Select(caller => caller.GetGrain<IMemberGrain>(m.Id).Register(session));
        }));
        var results = await Task.WhenAll(work);

        Assert.All(results, r => Assert.True(r.IsCounted, string.Join("; ", r.Errors)));
        Assert.Equal(members.Length * perMember, results.Count(r => r.Outcome == RegistrationOutcome.Accepted));
        foreach (var m in members)
        {
            var figures = await fixture.Cluster.Client.GetGrain<IMemberGrain>(m.Id).GetFigures();
            Assert.Equal(perMember, figures!.Months[YearMonth.Of(month)].SupportSessions);
            Assert.Equal(perMember * 3, figures.Months[YearMonth.Of(month)].PeopleHelped);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var converged = await Eventually.Until(
            () => collaboration.GetFigures(),
            f => members.All(m => f.Members.TryGetValue(m.Id, out var mf) && mf.Months.GetValueOrDefault(YearMonth.Of(month))?.SupportSessions == perMember),
            TimeSpan.FromSeconds(1));
        TestContext.Current.TestOutputHelper?.WriteLine($"Collaboration view converged {clock.ElapsedMilliseconds} ms after the last acknowledgement"); Assert.All(members, m => Assert.Equal(perMember, converged.Members[m.Id].Months[YearMonth.Of(month)].SupportSessions));
    }
}
