using Collab.Contracts.Indicators;
using Collab.Dashboard.Views;
using Collab.Dashboard.Views.Report;
using static Collab.Tests.Views.Report.ReportSamples;

namespace Collab.Tests.Views.Report;

/// <summary>Each rule of the plain-language summary on a hand-made Q2 2025 report, with the sentences worked out by hand in Dutch and English.</summary>
public sealed class SummaryRulesTests
{
    [Fact]
    public void The_whole_summary_reads_in_Dutch_in_rule_order()
    {
        Assert.Equal(
        [
            "In Q2 2025 hielden de leden 30 ondersteuningssessies en hielpen zij 240 mensen; zij wisselden 18,5 dagen kennis uit.",
            // Exchange days 10 → 18.5 is +85 %, more than sessions' +50 %; savings € 5.000 → € 0 is −100 %, more than people's −20 %.
            "De grootste stijging ten opzichte van Q1 2025: uitwisselingsdagen van 10,0 naar 18,5 (+85%).",
            "De grootste daling ten opzichte van Q1 2025: gerealiseerde besparing van €\u00A05.000 naar €\u00A00 (-100%).",
            // Behind (170 < 0.9 × 200) before at risk (95 ≥ 90); the on-track and the not-yet-judged target are not named.
            "Pop-up stores ligt achter op het doel voor ondersteuningssessies: de prognose is 170 op 31 december 2025, tegen een doel van 200.",
            "Uitwisselingsprogramma loopt risico op het doel voor uitwisselingsdagen: de prognose is 95,0 op 31 december 2025, tegen een doel van 100,0.",
            "Per DIV-fte was DUO het actiefst met 5,00 activiteiten per fte, NA het minst actief met 0,10.",
            "Nieuw lid geworden in deze periode: Rijksdienst voor Ondernemend Nederland (RVO).",
            // Average (4 + 21 + 5) / 3 = 10.0: April's 4 is below 5, May's 21 above 20, June's 5 is not below 5.
            "In april 2025 waren er 4 ondersteuningssessies, minder dan de helft van het maandgemiddelde van 10,0.",
            "In mei 2025 waren er 21 ondersteuningssessies, meer dan twee keer het maandgemiddelde van 10,0.",
        ],
        Sentences(Q2(), Dutch));
    }

    [Fact]
    public void The_whole_summary_reads_in_English_with_English_numbers_and_dates()
    {
        Assert.Equal(
        [
            "In Q2 2025 the members held 30 support sessions and helped 240 people; they exchanged 18.5 days of knowledge.",
            "The biggest rise against Q1 2025: exchange days from 10.0 to 18.5 (+85%).",
            "The biggest fall against Q1 2025: realised savings from €\u00A05,000 to €\u00A00 (-100%).",
            "Pop-up stores is behind on its target for support sessions: the forecast is 170 on 31 December 2025, against a target of 200.",
            "Exchange programme is at risk on its target for exchange days: the forecast is 95.0 on 31 December 2025, against a target of 100.0.",
            "Per DIV FTE, DUO was the most active with 5.00 activities per FTE, NA the least active with 0.10.",
            "Joined in this period: Netherlands Enterprise Agency (RVO).",
            "In April 2025 there were 4 support sessions, less than half the monthly average of 10.0.",
            "In May 2025 there were 21 support sessions, more than twice the monthly average of 10.0.",
        ],
        Sentences(Q2(), English));
    }

    [Fact]
    public void A_period_without_registrations_says_so_and_claims_no_movers()
    {
        var model = Q2() with { HasData = false, KeyFigures = [new(Contracts.Initiatives.Indicator.SupportSessions, 0, 0, 0)], Targets = [], Comparison = new([]), Joined = [], SessionsPerMonth = [new(new YearMonth(2025, 4), 0)] };

        Assert.Equal(["In Q2 2025 is niets geregistreerd."], Sentences(model, Dutch));
        Assert.Equal(["Nothing was registered in Q2 2025."], Sentences(model, English));
    }

    [Fact]
    public void Every_judged_target_on_track_gives_one_reassuring_sentence()
    {
        var model = Q2() with { Targets = [Q2().Targets[2], Q2().Targets[3]] };

        Assert.Equal(["Alle doelen met een prognose liggen op koers."], SummaryRules.Targets(model).Select(s => In(Dutch, f => f.Sentence(s))));
    }

    [Fact]
    public void More_troubled_targets_than_three_point_to_the_table_and_an_ended_term_says_missed()
    {
        var ended = new ReportTarget("oud", "Oud programma", "Old programme", new(Contracts.Initiatives.Indicator.PeopleHelped, 500, new(2024, 1, 1), new(2025, 3, 31), new(2025, 6, 30), TargetStage.Ended, 420, 500, 420, TargetStatus.Behind));
        var behind = Target("achter", "Achter", "Late", Contracts.Initiatives.Indicator.SupportSessions, 100, 10, 20, TargetStatus.Behind);
        var model = Q2() with { Targets = [.. Q2().Targets, ended, behind] };

        var sentences = SummaryRules.Targets(model).Select(s => In(Dutch, f => f.Sentence(s))).ToList();

        // Behind first, least progress first: "Achter" 10/100, "Pop-up stores" 90/200, "Oud programma" 420/500; the at-risk one goes to the table.
        Assert.Equal(
        [
            "Achter ligt achter op het doel voor ondersteuningssessies: de prognose is 20 op 31 december 2025, tegen een doel van 100.",
            "Pop-up stores ligt achter op het doel voor ondersteuningssessies: de prognose is 170 op 31 december 2025, tegen een doel van 200.",
            "Oud programma heeft het doel voor geholpen mensen niet gehaald: 420 gerealiseerd tegen een doel van 500 (looptijd tot 31 maart 2025).",
            "Meer doelen lopen risico of liggen achter: zie de tabel Doelen.",
        ],
        sentences);
    }

    [Fact]
    public void Unusual_months_need_three_months_and_a_leaving_member_is_named()
    {
        var month = Q2() with { SessionsPerMonth = [new(new YearMonth(2025, 4), 30)], Left = [new("na", "NA", "Nationaal Archief", "National Archives", Contracts.Members.MemberKind.Other, new(2025, 6, 30))] };

        Assert.Empty(SummaryRules.UnusualMonths(month with { Period = Period.Month(2025, 4) }));
        Assert.Equal(
            ["Nieuw lid geworden in deze periode: Rijksdienst voor Ondernemend Nederland (RVO).", "Vertrokken in deze periode: Nationaal Archief (NA)."],
            SummaryRules.Members(month).Select(s => In(Dutch, f => f.Sentence(s))));
    }

    [Fact]
    public void Movers_skip_figures_without_a_previous_value_and_figures_that_did_not_change()
    {
        var model = Q2() with { KeyFigures = [new(Contracts.Initiatives.Indicator.SupportHours, 45.5m, 0, 0), new(Contracts.Initiatives.Indicator.KnowledgeContacts, 12, 12, 10)] };

        Assert.Empty(SummaryRules.Movers(model));
    }
}
