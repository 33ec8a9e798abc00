using Collab.Contracts.Activities;
using Collab.Contracts.Directory;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Tests.Support;

namespace Collab.Tests.Grains;

/// <summary>On real silos: creating never overwrites, an update names its revision, and a member that left stops counting after its left-on.</summary>
public sealed class MembershipGrainTests(GarnetDomainFixture fixture) : IClassFixture<GarnetDomainFixture>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    private static MemberProfile Agency() => SampleMembers.Duo($"agency-{Guid.NewGuid():N}"[..16]) with { JoinedOn = new DateOnly(2024, 1, 1) };

    [Fact]
    public async Task Creating_an_id_that_exists_is_refused_and_changes_nothing()
    {
        var agency = Agency();
        var grain = Grains.GetGrain<IMemberGrain>(agency.Id);

        var first = await grain.Create(agency);
        var again = await grain.Create(agency with { NameNl = "Overschreven", DivFte = 99m });

        Assert.Equal((ProfileWriteOutcome.Saved, 1L), (first.Outcome, first.Revision));
        Assert.Equal(ProfileWriteOutcome.Exists, again.Outcome);
        Assert.Equal("id", Assert.Single(again.Errors).Field);
        Assert.Equal(new Versioned<MemberProfile>(agency, 1), await grain.GetVersionedProfile());
    }

    [Fact]
    public async Task An_update_from_a_stale_revision_is_refused_and_changes_nothing()
    {
        var agency = Agency();
        var grain = Grains.GetGrain<IMemberGrain>(agency.Id);
        await grain.Create(agency);

        var edited = await grain.Update(agency with { DivFte = 7m }, 1);
        var stale = await grain.Update(agency with { DivFte = 9m }, 1);
        var missing = await Grains.GetGrain<IMemberGrain>("never-onboarded").Update(agency with { Id = "never-onboarded" }, 0);

        Assert.Equal((ProfileWriteOutcome.Saved, 2L), (edited.Outcome, edited.Revision));
        Assert.Equal(ProfileWriteOutcome.Stale, stale.Outcome);
        Assert.Equal(ProfileWriteOutcome.NotFound, missing.Outcome);
        Assert.Equal(new Versioned<MemberProfile>(agency with { DivFte = 7m }, 2), await grain.GetVersionedProfile());
    }

    [Fact]
    public async Task A_member_that_left_refuses_and_stops_counting_what_is_dated_after_its_left_on()
    {
        var agency = Agency();
        var grain = Grains.GetGrain<IMemberGrain>(agency.Id);
        await grain.Create(agency);
        SupportSession On(string id, DateOnly date) => SampleActivities.Session($"{agency.Id}-{id}", provider: agency.Id, host: "ocw", date: date);
        // Registered while a member: one in May, one in July. It then leaves on 2024-06-30.
        Assert.All(await grain.RegisterMany([On("may", new(2024, 5, 10)), On("july", new(2024, 7, 10))]), r => Assert.Equal(RegistrationResult.Accepted, r));

        var left = await grain.Update(agency with { LeftOn = new DateOnly(2024, 6, 30) }, 1);
        var ledgerBefore = await LedgerCount();
        var later = await grain.RegisterMany([On("last-day", new(2024, 6, 30)), On("day-after", new(2024, 7, 1))]);

        Assert.Equal(ProfileWriteOutcome.Saved, left.Outcome);
        Assert.Equal(RegistrationOutcome.Accepted, later[0].Outcome);
        Assert.Equal(("providingMemberId", "left"), (later[1].Errors.Single().Field, later[1].Errors.Single().Code.Name()));
        Assert.Equal(ledgerBefore + 1, await LedgerCount());
        var months = (await grain.GetFigures())!.Months;
        Assert.Equal(1, months[new YearMonth(2024, 5)].SupportSessions);
        Assert.Equal(1, months[new YearMonth(2024, 6)].SupportSessions);
        Assert.Equal(0, months.GetValueOrDefault(new YearMonth(2024, 7))?.SupportSessions ?? 0);
        Assert.Equal(new DateOnly(2024, 6, 30), (await Grains.GetGrain<IDirectoryGrain>(0).GetListing()).LeftOnOf(agency.Id));
    }

    private async Task<long> LedgerCount() => await LedgerReads.CountAsync(fixture.Cluster.Store.GetDatabase());
}
