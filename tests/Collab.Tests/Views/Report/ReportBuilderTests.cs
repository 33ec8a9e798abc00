using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Dashboard.Views.Report;
using Collab.Tests.Support;

namespace Collab.Tests.Views.Report;

/// <summary>The report model from hand-made registrations over Q2 2025, every figure worked out by hand.</summary>
public sealed class ReportBuilderTests
{
    private static readonly Period Q2 = Period.Quarter(2025, 2);

    // OCW (40 FTE): 3 sessions in Q2 2025, 1 in Q1 2025, 1 in Q2 2024, 1 contact of 2 days to EZK in May.
    // EZK (20 FTE): 1 contact of 1 day to an outside organisation in June. DUO (2 FTE) joined 10 May 2025: 1 session in June.
    // NA (10 FTE, other) left 15 June 2025, no activity. Every session helps 10 people.
    private static CollaborationFigures Figures()
    {
        var ocw = MemberFigures.New(SampleMembers.Ministry("ocw", 40m));
        foreach (var (id, date) in new[] { ("a", new DateOnly(2025, 4, 2)), ("b", new DateOnly(2025, 4, 20)), ("c", new DateOnly(2025, 5, 5)), ("d", new DateOnly(2025, 2, 1)), ("e", new DateOnly(2024, 5, 1)) })
        {
            ocw = ocw.Add(SampleActivities.Session(id, provider: "ocw", host: "ezk", people: 10, date: date));
        }

        ocw = ocw.Add(SampleActivities.Contact("k1", from: "ocw", to: "ezk", days: 2, date: new(2025, 5, 7)));
        var ezk = MemberFigures.New(SampleMembers.Ministry("ezk", 20m)).Add(SampleActivities.Contact("k2", from: "ezk", to: null, days: 1, date: new(2025, 6, 3)));
        var duo = MemberFigures.New(SampleMembers.Duo() with { DivFte = 2m, JoinedOn = new(2025, 5, 10) })
            .Add(SampleActivities.Session("f", provider: "duo", host: "ocw", people: 10, date: new(2025, 6, 12)));
        var na = MemberFigures.New(SampleMembers.Ministry("na", 10m) with { Kind = MemberKind.Other, LeftOn = new(2025, 6, 15) });
        return CollaborationFigures.Empty with { Members = new[] { ocw, ezk, duo, na }.ToImmutableDictionary(m => m.Profile.Id) };
    }

    [Fact]
    public void Key_figures_hold_the_period_the_period_before_and_the_same_period_a_year_before()
    {
        var model = ReportBuilder.Build(Figures(), Q2, new DateOnly(2025, 8, 1));

        Assert.True(model.HasData);
        Assert.Equal(new KeyFigure(Indicator.SupportSessions, 4, 1, 1), model.Figure(Indicator.SupportSessions));
        Assert.Equal(3m, model.Figure(Indicator.SupportSessions)!.ChangeOnPrevious);
        Assert.Equal(new KeyFigure(Indicator.PeopleHelped, 40, 10, 10), model.Figure(Indicator.PeopleHelped));
        Assert.Equal(new KeyFigure(Indicator.KnowledgeContacts, 2, 0, 0), model.Figure(Indicator.KnowledgeContacts));
        Assert.Null(model.Figure(Indicator.KnowledgeContacts)!.ChangeOnPrevious);
        Assert.Equal(new KeyFigure(Indicator.ExchangeDays, 3, 0, 0), model.Figure(Indicator.ExchangeDays));
        Assert.Equal([2m, 1m, 1m], model.SessionsPerMonth.Select(m => m.Value));
        Assert.Equal(1.3m, model.MonthlyAverage);
    }

    [Fact]
    public void The_comparison_ranks_the_period_s_members_per_DIV_FTE_with_top_and_bottom()
    {
        var model = ReportBuilder.Build(Figures(), Q2, new DateOnly(2025, 8, 1));

        // DUO 1 / 2 = 0.50; OCW (3 + 1) / 40 = 0.10; EZK 1 / 20 = 0.05; NA 0 / 10 = 0.
        Assert.Equal(["DUO", "OCW", "EZK", "NA"], model.Comparison.Ranked.Select(r => r.Abbreviation));
        Assert.Equal([0.5m, 0.1m, 0.05m, 0m], model.Comparison.Ranked.Select(r => r.PerFte));
        Assert.Equal(["DUO", "OCW", "EZK"], model.Comparison.Top.Select(r => r.Abbreviation));
        Assert.Equal(["NA"], model.Comparison.Bottom.Select(r => r.Abbreviation));
    }

    [Fact]
    public void Exchange_and_membership_changes_come_from_the_period_only()
    {
        var model = ReportBuilder.Build(Figures(), Q2, new DateOnly(2025, 8, 1));

        Assert.Equal(new ExchangeHighlights(2, 3, 1, model.Exchange.TopPairs), model.Exchange);
        Assert.Equal([new ExchangePair("OCW", "EZK", 1, 2), new ExchangePair("EZK", null, 1, 1)], model.Exchange.TopPairs);
        Assert.Equal([("duo", new DateOnly(2025, 5, 10))], model.Joined.Select(j => (j.MemberId, j.On)));
        Assert.Equal([("na", new DateOnly(2025, 6, 15))], model.Left.Select(j => (j.MemberId, j.On)));
    }

    [Fact]
    public void A_period_without_registrations_has_no_data()
    {
        var model = ReportBuilder.Build(Figures(), Period.Month(2023, 1), new DateOnly(2025, 8, 1));

        Assert.False(model.HasData);
        Assert.All(model.KeyFigures, k => Assert.Equal(0, k.Value));
    }
}
