using System.Diagnostics;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Silo.Demo;
using Collab.Tests.Support;

namespace Collab.Tests.Grains;

/// <summary>The demo story loaded through the grains: every registration counted, and the figures rebuilt from the ledger equal the kept ones.</summary>
public sealed class DemoDataTests(GarnetDomainFixture fixture) : IClassFixture<GarnetDomainFixture>
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public async Task The_demo_story_loads_completely_and_its_last_full_year_rebuilds_from_the_ledger_exactly()
    {
        var data = DemoStory.Generate(Today);
        var clock = Stopwatch.StartNew();
        var report = await DemoLoader.LoadAsync(fixture.Cluster.Client, data, TestContext.Current.CancellationToken);
        clock.Stop();
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"In-process registration loop: {report.Counted} registrations in {clock.Elapsed.TotalSeconds:0.00} s = {report.Counted / clock.Elapsed.TotalSeconds:0} registrations/s");

        Assert.Empty(report.Problems);
        Assert.Equal(data.Activities.Length, report.Counted);

        var year = Period.Year(Today.Year - 1);
        var kept = await Eventually.Until(
            () => fixture.Cluster.Client.GetGrain<ICollaborationGrain>(0).GetFigures(),
            f => data.Members.All(m => f.Members.TryGetValue(m.Id, out var mf) && mf.Sequence == data.Activities.Count(a => a.OwnerId == m.Id && a is not Contracts.Activities.ProcurementUpdate)),
            TimeSpan.FromSeconds(5));
        var rebuilt = kept;
        foreach (var member in data.Members)
        {
            rebuilt = rebuilt with { Members = rebuilt.Members.SetItem(member.Id, (await fixture.Cluster.Client.GetGrain<IMemberGrain>(member.Id).RebuildFromLedger())!) };
        }

        output.WriteLine($"Last full year {year.From}..{year.To}: member | sessions | people helped | days given | days received | realised savings (kept = rebuilt)");
        foreach (var member in data.Members)
        {
            var a = IndicatorCalculator.ForMember(kept, member.Id, year);
            var b = IndicatorCalculator.ForMember(rebuilt, member.Id, year);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{member.Id,-5} | {a.SupportSessions,4} = {b.SupportSessions,-4} | {a.PeopleHelped,5} = {b.PeopleHelped,-5} | {a.DaysGiven,6} = {b.DaysGiven,-6} | {a.DaysReceived,6} = {b.DaysReceived,-6} | {a.RealisedSavings,9} = {b.RealisedSavings}"));
            Assert.Equal(a, b, SnapshotComparer.Instance);
        }
    }
}
