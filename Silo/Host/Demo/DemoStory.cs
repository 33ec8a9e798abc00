using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Members;

namespace Collab.Silo.Demo;

/// <summary>
/// Tells the story of the 2018 article as data: OCW, EZK and LNV working together on DIV, agencies joining,
/// two years of pop-up stores, staff exchange and joint procurement up to <c>today</c>. Pure and deterministic.
/// </summary>
public static class DemoStory
{
    /// <summary>The same <paramref name="today"/> and <paramref name="seed"/> always give the same data set.</summary>
    public static DemoDataSet Generate(DateOnly today, int seed = 2017)
    {
        var random = new Random(seed);
        var window = new DemoWindow(today);
        var members = DemoMembers.Create(window, random);
        var context = new DemoContext(window, random, new DemoIds(), members, DemoInitiatives.Create(window));

        var activities = new List<IActivity>(DemoProcurement.Create(context));
        for (var month = 0; month < DemoWindow.MonthCount; month++)
        {
            foreach (var member in members)
            {
                activities.AddRange(MonthOf(context, member, month));
            }
        }

        return new DemoDataSet(members, context.Initiatives,
            [.. activities.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal)]);
    }

    /// <summary>8–20 activities a month (fewer for agencies), scaled down for a month the member joined or that is still running.</summary>
    private static IEnumerable<IActivity> MonthOf(DemoContext context, MemberProfile member, int month)
    {
        var monthStart = context.Window.Month(month);
        if (context.Window.DaysIn(monthStart, member.JoinedOn) is not { } days)
        {
            return [];
        }

        var random = context.Random;
        var full = member.Kind == MemberKind.Ministry ? random.Next(12, 21) : random.Next(8, 15);
        var share = (days.Last.DayNumber - days.First.DayNumber + 1m) / DateTime.DaysInMonth(monthStart.Year, monthStart.Month);
        var count = Math.Max(1, (int)Math.Round(full * share));
        // Roughly three in ten activities are knowledge contacts, the rest support sessions.
        var contacts = (int)Math.Round(count * (0.2 + (0.2 * random.NextDouble())));

        return [.. Enumerable.Range(0, count).Select(i => i < contacts
            ? (IActivity)DemoKnowledgeContacts.Create(context, member, random.Day(days))
            : DemoSupportSessions.Create(context, member, random.Day(days)))];
    }
}
