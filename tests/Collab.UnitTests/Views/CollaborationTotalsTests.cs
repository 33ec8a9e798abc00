using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Contracts.Members;
using Collab.Tests.Support;

namespace Collab.Tests.Views;

/// <summary>
/// The collaboration's month totals carried along with each delta a reader takes equal a recount from the raw registrations,
/// done here in the test without the product's sums: random registrations, random batches, and a member whose figures shrink.
/// </summary>
public sealed class CollaborationTotalsTests
{
    private static readonly string[] Ids = ["ocw", "ezk", "lnv", "duo", "rvo", "dus", "nea", "kb", "na", "cbs"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Totals_carried_through_random_deltas_equal_a_recount_of_the_registrations(int seed)
    {
        var random = new Random(seed);
        var counted = Ids.ToDictionary(id => id, _ => new List<IActivity>());
        var figures = Ids.ToDictionary(id => id, id => MemberFigures.New(SampleMembers.Ministry(id)));
        var epoch = Guid.NewGuid();
        var version = 1L;
        var copy = CollaborationTotals.Carry((Guid.Empty, CollaborationFigures.Empty),
            new CollaborationDelta(epoch, version, true, [.. figures.Values], []));
        Assert.Empty(CollaborationTotals.Of(copy.Figures));

        for (var batch = 0; batch < 40; batch++)
        {
            var changed = new HashSet<string>();
            for (var n = random.Next(1, 25); n > 0; n--)
            {
                var id = Ids[random.Next(Ids.Length)];
                var activity = Activity(random, id, $"{id}-{batch}-{n}");
                counted[id].Add(activity);
                figures[id] = figures[id].Add(activity);
                changed.Add(id);
            }

            if (batch % 7 == 6)
            {
                // A rebuild that counts less than before (as after a left-on date moved back): the member's old months come out.
                var id = Ids[random.Next(Ids.Length)];
                counted[id] = [.. counted[id].Take(counted[id].Count / 2)];
                figures[id] = counted[id].Aggregate(MemberFigures.New(figures[id].Profile), (f, a) => f.Add(a)) with { Revision = figures[id].Revision + 1 };
                changed.Add(id);
            }

            copy = CollaborationTotals.Carry(copy, new CollaborationDelta(epoch, ++version, false, [.. changed.Select(id => figures[id])], []));

            Assert.True(CollaborationTotals.IsKnown(copy.Figures));
            Assert.Equal(Recount(counted.Values.SelectMany(a => a)), Canonical(CollaborationTotals.Of(copy.Figures)));
        }
    }

    [Fact]
    public void A_whole_view_in_parts_keeps_the_first_parts_version_and_ignores_a_part_of_another_activation()
    {
        var random = new Random(7);
        var counted = Ids.Select((id, n) => Activity(random, id, $"{id}-part-{n}")).ToList();
        var figures = counted.Select(a => MemberFigures.New(SampleMembers.Ministry(a.OwnerId)).Add(a)).ToList();
        var epoch = Guid.NewGuid();

        var copy = CollaborationTotals.Carry((Guid.Empty, CollaborationFigures.Empty), new CollaborationDelta(epoch, 5, true, [.. figures.Take(4)], [], MoreAfter: Ids[3]));
        copy = CollaborationTotals.Carry(copy, new CollaborationDelta(epoch, 9, false, [.. figures.Skip(4).Take(4)], [], MoreAfter: Ids[7], Continued: true));
        var stranger = CollaborationTotals.Carry(copy, new CollaborationDelta(Guid.NewGuid(), 9, false, [.. figures.Skip(8)], [], Continued: true));
        copy = CollaborationTotals.Carry(copy, new CollaborationDelta(epoch, 9, false, [.. figures.Skip(8)], [], Continued: true));

        Assert.Equal(5, copy.Figures.Version);
        Assert.Equal(epoch, copy.Epoch);
        Assert.Equal(Ids.Order(), copy.Figures.Members.Keys.Order());
        Assert.Equal(8, stranger.Figures.Members.Count);
        Assert.Equal(Recount(counted), Canonical(CollaborationTotals.Of(copy.Figures)));
    }

    private static IActivity Activity(Random random, string id, string activityId)
    {
        var date = new DateOnly(2025, random.Next(1, 13), random.Next(1, 29));
        if (random.Next(3) == 0)
        {
            var outside = random.Next(4) == 0;
            return new KnowledgeContact(activityId, date, id, outside ? null : Ids[random.Next(Ids.Length)], outside ? (random.Next(2) == 0 ? "Rijkswaterstaat" : "Gemeente Utrecht ") : null,
                ContactKind.KnowledgeSession, random.Next(1, 9) / 2m, "Archiefwet", null);
        }

        ImmutableArray<SupportTopic> topics = [.. Enum.GetValues<SupportTopic>().Where(_ => random.Next(3) == 0)];
        return new SupportSession(activityId, date, id, Ids[random.Next(Ids.Length)], null, SupportFormat.DeskVisit, topics.IsEmpty ? [SupportTopic.Dms] : topics,
            random.Next(1, 30), random.Next(15, 240), random.Next(0, 10), random.Next(2) == 0 ? null : random.Next(1, 11));
    }

    /// <summary>Per month, written out from the registrations themselves.</summary>
    private static string Recount(IEnumerable<IActivity> activities) => string.Join('\n', activities.GroupBy(a => (a.Date.Year, a.Date.Month)).OrderBy(g => g.Key).Select(g =>
    {
        var sessions = g.OfType<SupportSession>().ToList();
        var contacts = g.OfType<KnowledgeContact>().ToList();
        var topics = sessions.SelectMany(s => s.Topics.Distinct()).GroupBy(t => t).OrderBy(t => t.Key).Select(t => $"{t.Key}={t.Count()}");
        var given = contacts.GroupBy(c => c.ToMemberId ?? "outside:" + c.OutsideOrganisation!.Trim().ToLowerInvariant()).OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => $"{r.Key}={r.Count()}/{r.Sum(c => c.PersonDays):0.##}");
        var graded = sessions.Where(s => s.Satisfaction is not null).ToList();
        return $"{g.Key.Year}-{g.Key.Month}: {sessions.Count} {sessions.Sum(s => s.PeopleHelped)} {sessions.Sum(s => s.DurationMinutes)} {sessions.Sum(s => s.Leaflets)} "
            + $"{graded.Sum(s => (long)s.Satisfaction!.Value * s.PeopleHelped)} {graded.Sum(s => s.PeopleHelped)} [{string.Join(',', topics)}] [{string.Join(',', given)}]";
    }));

    private static string Canonical(ImmutableDictionary<YearMonth, MonthFigures> totals) => string.Join('\n', totals.OrderBy(t => t.Key).Select(t =>
    {
        var f = t.Value;
        var topics = f.Topics.OrderBy(x => x.Key).Select(x => $"{x.Key}={x.Value}");
        var given = f.Given.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}={x.Value.Contacts}/{x.Value.Days:0.##}");
        return $"{t.Key.Year}-{t.Key.Month}: {f.SupportSessions} {f.PeopleHelped} {f.SupportMinutes} {f.Leaflets} {f.SatisfactionPoints} {f.SatisfactionPeople} [{string.Join(',', topics)}] [{string.Join(',', given)}]";
    }));
}
