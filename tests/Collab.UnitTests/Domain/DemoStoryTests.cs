using System.Collections.Immutable;
using System.Text.Json;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Registrations;
using Collab.Silo.Demo;

namespace Collab.Tests.Domain;

/// <summary>The demo data must be reproducible and pass the same rules a registrar's input does, or the demo would lie.</summary>
public sealed class DemoStoryTests
{
    public static TheoryData<DateOnly> Todays => [new DateOnly(2026, 11, 28), new DateOnly(2019, 6, 30), new DateOnly(2025, 3, 1)];

    [Fact]
    public void The_same_day_and_seed_give_the_same_data()
    {
        var today = new DateOnly(2026, 11, 28);

        Assert.Equal(Json(DemoStory.Generate(today)), Json(DemoStory.Generate(today)));
        Assert.NotEqual(Json(DemoStory.Generate(today)), Json(DemoStory.Generate(today, seed: 7)));
    }

    [Theory]
    [MemberData(nameof(Todays))]
    public void Every_activity_passes_the_registration_rules(DateOnly today)
    {
        var data = DemoStory.Generate(today);
        var known = new KnownIds(data);
        var phases = new Dictionary<string, ProcurementPhase>();

        foreach (var activity in data.Activities)
        {
            var errors = activity switch
            {
                SupportSession s => RegistrationValidator.Validate(s, known, today),
                KnowledgeContact c => RegistrationValidator.Validate(c, known, today),
                ProcurementUpdate u => RegistrationValidator.Validate(u, known, today, phases.GetValueOrDefault(u.InitiativeId)),
                _ => throw new InvalidOperationException(activity.GetType().Name),
            };
            Assert.True(errors.IsEmpty, $"{activity.Id}: {string.Join("; ", errors.Select(e => $"{e.Field} {e.Code}"))}");
            if (activity is ProcurementUpdate { Phase: { } phase } update)
            {
                phases[update.InitiativeId] = phase;
            }
        }

        Assert.Contains(ProcurementPhase.Contracted, phases.Values);
    }

    [Theory]
    [MemberData(nameof(Todays))]
    public void Nothing_is_dated_after_today_or_before_its_members_joined(DateOnly today)
    {
        var data = DemoStory.Generate(today);
        var joined = data.Members.ToDictionary(m => m.Id, m => m.JoinedOn);

        foreach (var activity in data.Activities)
        {
            Assert.True(activity.Date <= today, activity.Id);
            string?[] involved = activity switch
            {
                SupportSession s => [s.ProvidingMemberId, s.HostMemberId],
                KnowledgeContact c => [c.FromMemberId, c.ToMemberId],
                ProcurementUpdate u => [u.RegisteredByMemberId, .. u.JoiningMemberIds],
                _ => [activity.OwnerId],
            };
            Assert.All(involved.OfType<string>(), id => Assert.True(joined[id] <= activity.Date, $"{activity.Id}: {id}"));
        }

        Assert.All(data.Initiatives, i => Assert.Contains(i.LeadMemberId, i.ParticipantIds));
    }

    [Theory]
    [MemberData(nameof(Todays))]
    public void Activity_ids_are_unique(DateOnly today)
    {
        var ids = DemoStory.Generate(today).Activities.Select(a => a.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Todays))]
    public void Every_member_is_active_in_each_of_the_24_months_after_joining(DateOnly today)
    {
        var data = DemoStory.Generate(today);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var months = Enumerable.Range(0, 24).Select(i => thisMonth.AddMonths(i - 23)).ToList();

        Assert.Equal(months, data.Activities.Select(a => new DateOnly(a.Date.Year, a.Date.Month, 1)).Distinct().Order());
        foreach (var member in data.Members)
        {
            var active = data.Activities.Where(a => a.OwnerId == member.Id).Select(a => new DateOnly(a.Date.Year, a.Date.Month, 1)).ToHashSet();
            var expected = months.Where(m => m.AddMonths(1) > member.JoinedOn).ToList();
            Assert.All(expected, m => Assert.Contains(m, active));
            Assert.InRange(data.Activities.Count(a => a.OwnerId == member.Id) / (double)expected.Count, 8, 20);
        }
    }

    // Records serialise their contents, so equal JSON means equal data (ImmutableArray has no value equality).
    private static string Json(DemoDataSet data) =>
        JsonSerializer.Serialize(new { data.Members, data.Initiatives, Activities = data.Activities.Select(a => (object)a) });

    private sealed class KnownIds(DemoDataSet data) : IKnownIds
    {
        private readonly ImmutableHashSet<string> members = [.. data.Members.Select(m => m.Id)];

        public bool IsMember(string id) => members.Contains(id);

        public int MemberCount => members.Count;

        public InitiativeKind? InitiativeKind(string id) => data.Initiatives.FirstOrDefault(i => i.Id == id)?.Kind;
    }
}
