using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Tests.Support;

namespace Collab.Tests.Grains;

/// <summary>A reader's copy of the collaboration view follows it by what changed since its version, and is whole again after a new activation.</summary>
public sealed class ChangesSinceTests(GarnetDomainFixture fixture) : IClassFixture<GarnetDomainFixture>
{
    [Fact]
    public async Task A_copy_takes_only_the_member_that_changed_and_ends_equal_to_the_view()
    {
        var grains = fixture.Cluster.Client;
        var view = grains.GetGrain<ICollaborationGrain>(0);
        var first = await view.GetChangesSince(Guid.Empty, 0, CollaborationDelta.WholePart);
        Assert.True(first.Full);
        var copy = CollaborationTotals.Carry((Guid.Empty, CollaborationFigures.Empty), first);
        var before = copy.Figures.Members.GetValueOrDefault("ezk")?.Sequence ?? 0;

        await grains.GetGrain<IMemberGrain>("ezk").Register(SampleActivities.Session($"since-{Guid.NewGuid():N}", provider: "ezk", host: "ocw"));
        var delta = await Eventually.Until(() => view.GetChangesSince(copy.Epoch, copy.Figures.Version, CollaborationDelta.WholePart),
            d => d.Members.Any(m => m.Profile.Id == "ezk" && m.Sequence == before + 1), TimeSpan.FromSeconds(20));
        copy = CollaborationTotals.Carry(copy, delta);
        var whole = await view.GetFigures();

        Assert.False(delta.Full);
        // Only what changed after the copy's version travels: ezk, and at most what other tests of this fixture registered meanwhile.
        Assert.True(delta.Members.Length < whole.Members.Count || whole.Members.Count == 1);
        Assert.Equal(before + 1, copy.Figures.Members["ezk"].Sequence);
        var again = CollaborationTotals.Carry(copy, await view.GetChangesSince(copy.Epoch, copy.Figures.Version, CollaborationDelta.WholePart));
        var latest = await view.GetFigures();
        Assert.Equal(latest.Version, again.Figures.Version);
        Assert.Equal(latest.Members.Keys.Order(), again.Figures.Members.Keys.Order());
        Assert.All(latest.Members, m => Assert.Equal(m.Value.Revision, again.Figures.Members[m.Key].Revision));
    }

    [Fact]
    public async Task A_copy_from_another_activation_of_the_view_gets_everything()
    {
        var delta = await fixture.Cluster.Client.GetGrain<ICollaborationGrain>(0).GetChangesSince(Guid.NewGuid(), 1_000_000, CollaborationDelta.WholePart);
        var whole = await fixture.Cluster.Client.GetGrain<ICollaborationGrain>(0).GetFigures();

        Assert.True(delta.Full);
        Assert.Equal(whole.Members.Keys.Order(), delta.Members.Select(m => m.Profile.Id).Order());
    }

    [Fact]
    public async Task A_whole_read_in_parts_of_two_members_holds_every_member_once_and_follows_on_from_there()
    {
        var grains = fixture.Cluster.Client;
        var view = grains.GetGrain<ICollaborationGrain>(0);
        await grains.GetGrain<IMemberGrain>("lnv").Register(SampleActivities.Session($"parts-{Guid.NewGuid():N}", provider: "lnv", host: "ocw"));
        await Eventually.Until(view.GetFigures, f => f.Members.Count >= 3, TimeSpan.FromSeconds(20));

        var first = await view.GetChangesSince(Guid.Empty, 0, take: 2);
        var copy = await ViewFollowing.Next(view, (Guid.Empty, CollaborationFigures.Empty), take: 2);
        var whole = await view.GetFigures();

        Assert.True(first.Full);
        Assert.Equal(2, first.Members.Length);
        Assert.NotNull(first.MoreAfter);
        Assert.Equal(whole.Members.Keys.Order(), copy.Figures.Members.Keys.Order());
        Assert.Equal(first.Version, copy.Figures.Version);

        // The copy keeps the first part's version, so what changed while the parts were read comes with the next read.
        var sequence = copy.Figures.Members["lnv"].Sequence;
        await grains.GetGrain<IMemberGrain>("lnv").Register(SampleActivities.Session($"parts-{Guid.NewGuid():N}", provider: "lnv", host: "ocw"));
        var after = await Eventually.Until(() => ViewFollowing.Next(view, copy, take: 2),
            c => c.Figures.Members["lnv"].Sequence > sequence, TimeSpan.FromSeconds(20));
        Assert.Equal(copy.Figures.Members.Count, after.Figures.Members.Count);
    }

    [Fact]
    public async Task A_part_asked_of_another_activation_of_the_view_starts_the_whole_read_again()
    {
        var part = await fixture.Cluster.Client.GetGrain<ICollaborationGrain>(0).GetWholeAfter(Guid.NewGuid(), "ezk", take: 1);

        Assert.True(part.Full);
        Assert.False(part.Continued);
        Assert.Single(part.Members);
    }
}
