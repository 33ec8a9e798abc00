using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Members;
using static Collab.Contracts.Activities.SupportFormat;
using static Collab.Contracts.Activities.SupportTopic;

namespace Collab.Silo.Demo;

/// <summary>One ondersteuningssessie: pop-up stores and desk visits explain eDocs and iBabs, workshops cover Woo and privacy.</summary>
internal static class DemoSupportSessions
{
    public static SupportSession Create(DemoContext context, MemberProfile member, DateOnly date)
    {
        var random = context.Random;
        var agency = member.Kind == MemberKind.ExecutingAgency;
        var format = random.Weighted((PopUpStore, agency ? 15 : 30), (DeskVisit, 20), (Workshop, 15), (Helpdesk, 20), (Online, 15));
        var people = format switch
        {
            PopUpStore => random.Next(8, 41),
            DeskVisit => random.Next(1, 6),
            Workshop => random.Next(6, 31),
            Helpdesk => random.Next(1, 13),
            _ => random.Next(3, 26),
        };
        var (minQuarters, maxQuarters) = format switch
        {
            PopUpStore => (8, 16),
            Workshop => (4, 12),
            Helpdesk => (2, 8),
            _ => (2, 6),
        };
        var leaflets = format switch
        {
            // Leaflets are in demand at pop-up stores; desks get one now and then, online none.
            PopUpStore => people + random.Next(0, people + 1),
            DeskVisit or Workshop => random.Next(0, people + 1),
            _ => 0,
        };

        return new SupportSession(
            context.Ids.Support(), date, member.Id, Host(context, member, date), Initiative(context, format, member.Id, date),
            format, Topics(random, format), people, 15 * random.Next(minQuarters, maxQuarters + 1), leaflets,
            random.Chance(0.85) ? random.Weighted((6, 10), (7, 30), (8, 40), (9, 17), (10, 3)) : null);
    }

    // Mostly at home; sometimes staff help at another member, the exchange the article describes.
    private static string Host(DemoContext context, MemberProfile member, DateOnly date)
    {
        var others = context.OthersOn(date, member.Id);
        return others.Count > 0 && context.Random.Chance(0.2) ? context.Random.Pick(others).Id : member.Id;
    }

    private static string? Initiative(DemoContext context, SupportFormat format, string memberId, DateOnly date) => format switch
    {
        PopUpStore or DeskVisit => context.Initiative(DemoInitiatives.PopUpStores, memberId, date),
        Workshop => context.Initiative(DemoInitiatives.Training, memberId, date),
        _ => null,
    };

    private static ImmutableArray<SupportTopic> Topics(Random random, SupportFormat format)
    {
        SupportTopic[] likely = format switch
        {
            PopUpStore => [Dms, IBabs, Dms, RecordsManagement],
            DeskVisit or Helpdesk => [Dms, Dms, IBabs, RecordsManagement, Other],
            Workshop => [Openness, Privacy, RecordsManagement, Dms],
            _ => [Dms, IBabs, Openness, Privacy, RecordsManagement, Other],
        };
        var count = random.Weighted((1, 50), (2, 35), (3, 15));
        return [.. Enumerable.Range(0, count).Select(_ => random.Pick(likely)).Distinct().Order()];
    }
}
