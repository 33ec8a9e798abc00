using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Contracts.Periods;
using Collab.Tests.Support;

namespace Collab.Tests.Grains;

/// <summary>A period's grain on real silos and a real store: a version keeps the figures it took; steps go one way, each with a reason.</summary>
public sealed class PeriodVersionGrainTests(GarnetDomainFixture fixture) : IClassFixture<GarnetDomainFixture>
{
    private const string Manager = "collaboration-manager:*";
    private static readonly Period June = Period.Month(2024, 6);

    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task A_fixed_month_keeps_its_figures_when_a_late_registration_is_counted_live()
    {
        var ocw = Grains.GetGrain<IMemberGrain>("ocw");
        await ocw.Register(SampleActivities.Session($"v-{Guid.NewGuid():N}", people: 4, date: new(2024, 6, 3)));
        await ocw.Register(SampleActivities.Session($"v-{Guid.NewGuid():N}", people: 6, date: new(2024, 6, 17)));
        await LiveUntil(sessions: 2);
        var versions = Grains.GetGrain<IPeriodVersionsGrain>("2024-06");

        var taken = await versions.Take(VersionState.Fixed, Manager, "MT 2 juli");
        await ocw.Register(SampleActivities.Session($"v-{Guid.NewGuid():N}", people: 3, date: new(2024, 6, 28)));
        var live = await LiveUntil(sessions: 3);

        Assert.Equal(VersionWriteOutcome.Saved, taken.Outcome);
        Assert.Equal(13, IndicatorCalculator.ForCollaboration(live, June).PeopleHelped);
        var kept = IndicatorCalculator.ForCollaboration((await versions.Figures(1))!, June);
        Assert.Equal((2, 10), (kept.SupportSessions, kept.PeopleHelped));
        var version = Assert.Single(await versions.List());
        Assert.Equal((1, VersionState.Fixed, Manager, "MT 2 juli"), (version.Number, version.State, version.Steps[0].Actor, version.Steps[0].Reason));
        Assert.Equal(VersionWriteOutcome.Conflict, (await versions.Take(VersionState.Fixed, Manager, "nog een")).Outcome);
    }

    [Fact]
    public async Task Steps_go_one_way_with_a_reason_and_a_superseded_version_stays_readable_and_listed_as_published()
    {
        var versions = Grains.GetGrain<IPeriodVersionsGrain>("2023-Q2");

        Assert.Equal(VersionWriteOutcome.Invalid, (await versions.Take(VersionState.Concept, Manager, "   ")).Outcome);
        Assert.Equal(VersionWriteOutcome.Saved, (await versions.Take(VersionState.Concept, Manager, "concept")).Outcome);
        Assert.Equal(VersionWriteOutcome.Conflict, (await versions.Advance(1, VersionState.Published, Manager, "te vroeg")).Outcome);
        Assert.Equal(VersionWriteOutcome.Saved, (await versions.Advance(1, VersionState.Fixed, Manager, "MT")).Outcome);
        Assert.Equal(VersionWriteOutcome.Saved, (await versions.Advance(1, VersionState.Published, Manager, "Woo")).Outcome);
        Assert.Equal(VersionWriteOutcome.NotFound, (await versions.Advance(4, VersionState.Published, Manager, "Woo")).Outcome);

        var next = await versions.Supersede(1, Manager, "correctie");

        Assert.Equal((2, VersionState.Fixed, 1), (next.Version!.Number, next.Version.State, next.Version.Supersedes));
        var old = (await versions.List())[0];
        Assert.Equal((VersionState.Published, 2), (old.State, old.SupersededBy));
        Assert.Equal(["concept", "fixed", "published", "superseded"], old.Steps.Select(s => s.Step));
        Assert.NotNull(await versions.Figures(1));
        var listed = (await Grains.GetGrain<IOpenDataCatalogueGrain>(0).Published()).Single(v => v.Period == "2023-Q2");
        Assert.Equal((1, 2), (listed.Number, listed.SupersededBy));
        Assert.Equal(VersionWriteOutcome.Conflict, (await versions.Supersede(1, Manager, "al vervangen")).Outcome);
    }

    private async Task<CollaborationFigures> LiveUntil(int sessions)
    {
        var view = Grains.GetGrain<ICollaborationGrain>(0);
        var figures = await Eventually.Until(view.GetFigures, f => IndicatorCalculator.ForCollaboration(f, June).SupportSessions == sessions, TimeSpan.FromSeconds(20));
        Assert.Equal(sessions, IndicatorCalculator.ForCollaboration(figures, June).SupportSessions);
        return figures;
    }
}
