using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Tests.Support;

namespace Collab.Tests.Grains;

/// <summary>A registration is counted exactly once: the same id again changes nothing, the same id with other content is refused.</summary>
public sealed class RegistrationTests(GarnetDomainFixture fixture) : IClassFixture<GarnetDomainFixture>
{
    private IGrainFactory Grains => fixture.Cluster.Client;

    [Fact]
    public async Task The_same_id_twice_is_counted_once()
    {
        var member = Grains.GetGrain<IMemberGrain>("ocw");
        var session = SampleActivities.Session($"twice-{Guid.NewGuid():N}", people: 7, date: new DateOnly(2024, 2, 1));
        var before = await SessionsIn(member, 2024, 2);

        var first = await member.Register(session);
        var second = await member.Register(session);

        Assert.Equal(RegistrationOutcome.Accepted, first.Outcome);
        Assert.Equal(RegistrationOutcome.Duplicate, second.Outcome);
        Assert.Equal(before + 1, await SessionsIn(member, 2024, 2));
    }

    [Fact]
    public async Task The_same_id_with_other_content_is_a_conflict_and_changes_nothing()
    {
        var member = Grains.GetGrain<IMemberGrain>("ocw");
        var id = $"conflict-{Guid.NewGuid():N}";
        await member.Register(SampleActivities.Session(id, people: 3, date: new DateOnly(2024, 3, 1)));
        var ledgerBefore = await LedgerCount();
        var figuresBefore = await member.GetFigures();

        var result = await member.Register(SampleActivities.Session(id, people: 4, date: new DateOnly(2024, 3, 1)));

        Assert.Equal(RegistrationOutcome.Conflict, result.Outcome);
        Assert.Equal("id", Assert.Single(result.Errors).Field);
        Assert.Equal(ledgerBefore, await LedgerCount());
        Assert.Equal(figuresBefore!.Revision, (await member.GetFigures())!.Revision);
    }

    [Fact]
    public async Task An_invalid_registration_is_refused_with_field_errors_and_changes_nothing()
    {
        var member = Grains.GetGrain<IMemberGrain>("ocw");
        var ledgerBefore = await LedgerCount();

        var result = await member.Register(SampleActivities.Session($"bad-{Guid.NewGuid():N}", host: "nobody", people: -1));

        Assert.Equal(RegistrationOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e is { Field: "hostMemberId", Code: FieldErrorCode.UnknownMember });
        Assert.Contains(result.Errors, e => e is { Field: "peopleHelped", Code: FieldErrorCode.Negative });
        Assert.Equal(ledgerBefore, await LedgerCount());
    }

    [Fact]
    public async Task A_bulk_call_judges_each_activity_on_its_own_and_counts_the_accepted_ones_once()
    {
        var member = Grains.GetGrain<IMemberGrain>("ocw");
        var run = Guid.NewGuid().ToString("N");
        var earlier = SampleActivities.Session($"bulk-earlier-{run}", people: 2, date: new DateOnly(2024, 5, 1));
        await member.Register(earlier);
        var fresh = Enumerable.Range(0, 450).Select(i => SampleActivities.Session($"bulk-{run}-{i}", people: 1, date: new DateOnly(2024, 5, 2))).ToArray();
        var ledgerBefore = await LedgerCount();
        var sessionsBefore = await SessionsIn(member, 2024, 5);

        // 450 new (more than one script's chunk), one counted before, one repeated within the call, one conflict, one invalid.
        Contracts.Activities.IActivity[] call =
        [
            .. fresh, earlier, fresh[7],
            earlier with { PeopleHelped = 9 },
            SampleActivities.Session($"bulk-bad-{run}", host: "nobody"),
        ];
        var answers = await member.RegisterMany([.. call]);

        Assert.Equal(call.Length, answers.Length);
        Assert.All(answers.Take(fresh.Length), a => Assert.Equal(RegistrationOutcome.Accepted, a.Outcome));
        Assert.Equal([RegistrationOutcome.Duplicate, RegistrationOutcome.Duplicate, RegistrationOutcome.Conflict, RegistrationOutcome.Invalid],
            answers.Skip(fresh.Length).Select(a => a.Outcome));
        Assert.Equal(ledgerBefore + fresh.Length, await LedgerCount());
        Assert.Equal(sessionsBefore + fresh.Length, await SessionsIn(member, 2024, 5));
        Assert.Equal(RegistrationOutcome.Duplicate, (await member.Register(fresh[^1])).Outcome);
    }

    [Fact]
    public async Task A_member_registers_only_its_own_activities()
    {
        var result = await Grains.GetGrain<IMemberGrain>("ezk").Register(SampleActivities.Session($"own-{Guid.NewGuid():N}", provider: "ocw"));

        Assert.Equal(RegistrationOutcome.Invalid, result.Outcome);
        Assert.Equal(FieldErrorCode.WrongMember, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_contact_to_a_newly_onboarded_member_is_accepted_at_once()
    {
        var agency = SampleMembers.Duo($"agency-{Guid.NewGuid():N}"[..16]);
        await Grains.OnboardAsync(agency);

        var result = await Grains.GetGrain<IMemberGrain>("ocw").Register(SampleActivities.Contact($"new-{Guid.NewGuid():N}", to: agency.Id));

        Assert.Equal(RegistrationOutcome.Accepted, result.Outcome);
    }

    private static async Task<int> SessionsIn(IMemberGrain member, int year, int month) =>
        (await member.GetFigures())!.Months.GetValueOrDefault(new YearMonth(year, month))?.SupportSessions ?? 0;

    private async Task<long> LedgerCount() => await LedgerReads.CountAsync(fixture.Cluster.Store.GetDatabase());
}
