using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Tests.Domain;

/// <summary>
/// Indicator arithmetic on a small collaboration; every expected value is worked out by hand from this table.
/// <code>
/// Members: ocw 10 FTE, ezk 5 FTE, duo 2.5 FTE.
/// Support sessions   date        people  min  leaflets  grade     topics            initiative
///   s5 ocw           2023-12-05     2     30      1     10        Other             popup
///   s1 ocw           2024-01-15     8     90     10      8        Dms, IBabs        popup
///   s2 ocw           2024-01-20     6     45      5      6        Dms               popup
///   s3 ocw           2024-02-10     4     60      0     ungraded  Privacy (twice)   popup
///   s4 ocw           2024-04-03    10    120     20      9        Openness          -
///   e1 ezk           2024-02-12     5     60      3      7        IBabs             popup
/// Knowledge contacts date        giver → receiver                days  initiative
///   k1               2024-01-10  ocw → ezk                       2     uitwisseling
///   k2               2024-01-25  ocw → ezk                       1.5   uitwisseling
///   k3               2024-02-05  ocw → Gemeente Utrecht          0.5   uitwisseling
///   k4               2024-04-08  ocw → duo                       1     -
///   k5               2024-01-18  ezk → ocw                       3     uitwisseling
///   k6               2024-02-20  ezk → Nationaal Archief         2     uitwisseling
///   k7               2024-02-21  ezk → " nationaal archief "     1     uitwisseling
///   k8               2024-03-04  duo → ocw                       0.5   -
/// Initiatives: popup (support, ocw+ezk, from 2023-09), uitwisseling (exchange, ocw+ezk, 2024),
///   training-2023 (ocw, 2023-01..2023-06), archiefinkoop (procurement, ocw+ezk+duo, from 2024, equal shares),
///   dms-licenties (procurement, ocw+ezk, from 2024-06, stated shares ocw 2 : ezk 1).
/// archiefinkoop steps: 2024-01-15 orientation 300k alone / 240k joint; 2024-02-20 contracted 300k / 200k, 12k one-off;
///   2024-05-10 evaluated 300k / 200k, 12k one-off + 18k structural.
/// dms-licenties steps: 2024-06-10 tender 100k / 80k; 2024-09-01 contracted 100k / 80k, 4k one-off.
/// </code>
/// </summary>
public sealed class IndicatorArithmeticTests
{
    private static readonly SupportSession S5 = Session("s5", "2023-12-05", "ocw", 2, 30, 1, 10, "popup", SupportTopic.Other);
    private static readonly SupportSession S1 = Session("s1", "2024-01-15", "ocw", 8, 90, 10, 8, "popup", SupportTopic.Dms, SupportTopic.IBabs);
    private static readonly SupportSession S2 = Session("s2", "2024-01-20", "ocw", 6, 45, 5, 6, "popup", SupportTopic.Dms);
    private static readonly SupportSession S3 = Session("s3", "2024-02-10", "ocw", 4, 60, 0, null, "popup", SupportTopic.Privacy, SupportTopic.Privacy);
    private static readonly SupportSession S4 = Session("s4", "2024-04-03", "ocw", 10, 120, 20, 9, null, SupportTopic.Openness);
    private static readonly SupportSession E1 = Session("e1", "2024-02-12", "ezk", 5, 60, 3, 7, "popup", SupportTopic.IBabs);

    private static readonly KnowledgeContact K1 = Contact("k1", "2024-01-10", "ocw", "ezk", null, 2m, "uitwisseling");
    private static readonly KnowledgeContact K2 = Contact("k2", "2024-01-25", "ocw", "ezk", null, 1.5m, "uitwisseling");
    private static readonly KnowledgeContact K3 = Contact("k3", "2024-02-05", "ocw", null, "Gemeente Utrecht", 0.5m, "uitwisseling");
    private static readonly KnowledgeContact K4 = Contact("k4", "2024-04-08", "ocw", "duo", null, 1m, null);
    private static readonly KnowledgeContact K5 = Contact("k5", "2024-01-18", "ezk", "ocw", null, 3m, "uitwisseling");
    private static readonly KnowledgeContact K6 = Contact("k6", "2024-02-20", "ezk", null, "Nationaal Archief", 2m, "uitwisseling");
    private static readonly KnowledgeContact K7 = Contact("k7", "2024-02-21", "ezk", null, " nationaal archief ", 1m, "uitwisseling");
    private static readonly KnowledgeContact K8 = Contact("k8", "2024-03-04", "duo", "ocw", null, 0.5m, null);

    private static readonly ProcurementTrajectory Archiefinkoop = ProcurementTrajectory.New
        .With(Step("2024-05-10", ProcurementPhase.Evaluated, 300_000, 200_000, 12_000, 18_000))
        .With(Step("2024-01-15", ProcurementPhase.Orientation, 300_000, 240_000, 0, 0))
        .With(Step("2024-02-20", ProcurementPhase.Contracted, 300_000, 200_000, 12_000, 0));

    private static readonly ProcurementTrajectory DmsLicenties = ProcurementTrajectory.New
        .With(Step("2024-06-10", ProcurementPhase.Tender, 100_000, 80_000, 0, 0))
        .With(Step("2024-09-01", ProcurementPhase.Contracted, 100_000, 80_000, 4_000, 0));

    private static readonly CollaborationFigures Data = new(
        new Dictionary<string, MemberFigures>
        {
            ["ocw"] = Member("ocw", 10m, S5, S1, S2, S3, S4, K1, K2, K3, K4),
            ["ezk"] = Member("ezk", 5m, E1, K5, K6, K7),
            ["duo"] = Member("duo", 2.5m, K8),
        }.ToImmutableDictionary(),
        new Dictionary<string, InitiativeFigures>
        {
            ["popup"] = Initiative("popup", InitiativeKind.SupportProgramme, ["ocw", "ezk"], "2023-09-01", null, null,
                ProcurementTrajectory.New, S5, S1, S2, S3, E1),
            ["uitwisseling"] = Initiative("uitwisseling", InitiativeKind.KnowledgeExchange, ["ocw", "ezk"], "2024-01-01", "2024-12-31", null,
                ProcurementTrajectory.New, K1, K2, K3, K5, K6, K7),
            ["training-2023"] = Initiative("training-2023", InitiativeKind.Training, ["ocw"], "2023-01-01", "2023-06-30", null,
                ProcurementTrajectory.New),
            ["archiefinkoop"] = Initiative("archiefinkoop", InitiativeKind.JointProcurement, ["ocw", "ezk", "duo"], "2024-01-01", null, null,
                Archiefinkoop),
            ["dms-licenties"] = Initiative("dms-licenties", InitiativeKind.JointProcurement, ["ocw", "ezk"], "2024-06-01", null,
                ImmutableDictionary<string, decimal>.Empty.Add("ocw", 2m).Add("ezk", 1m), DmsLicenties),
        }.ToImmutableDictionary(),
        1);

    private static readonly Period Q1 = Period.Quarter(2024, 1);

    [Fact]
    public void A_member_quarter_has_every_indicator()
    {
        var s = IndicatorCalculator.ForMember(Data, "ocw", Q1);

        Assert.Equal(Q1, s.Period);
        Assert.Equal(3, s.SupportSessions);                  // s1, s2, s3
        Assert.Equal(18, s.PeopleHelped);                    // 8 + 6 + 4
        Assert.Equal(3.25m, s.SupportHours);                 // (90 + 45 + 60) / 60
        Assert.Equal(7.14m, s.AverageSatisfaction);          // (8×8 + 6×6) / (8 + 6) = 100 / 14; ungraded s3 left out
        Assert.Equal(15, s.Leaflets);                        // 10 + 5 + 0
        Assert.Equal([(SupportTopic.Dms, 2), (SupportTopic.IBabs, 1), (SupportTopic.Privacy, 1)], Mix(s)); // s3 names Privacy twice, counts once
        Assert.Equal(3, s.KnowledgeContacts);                // k1, k2, k3
        Assert.Equal(4m, s.DaysGiven);                       // 2 + 1.5 + 0.5
        Assert.Equal(3.5m, s.DaysReceived);                  // k5 ezk→ocw 3 + k8 duo→ocw 0.5
        Assert.Equal(3, s.DistinctPartners);                 // ezk, Gemeente Utrecht (given), duo (received)
        Assert.Equal(0.3333m, s.ShareOutside);               // 1 of 3 contacts
        Assert.Equal(1, s.TrajectoriesJoined);               // archiefinkoop; dms-licenties starts in June
        Assert.Equal(33_333.33m, s.EstimatedSavings);        // (300k − 200k) / 3 participants
        Assert.Equal(4_000m, s.RealisedSavings);             // 12k / 3
        Assert.Equal(0.6m, s.ActivitiesPerFte);              // (3 sessions + 3 contacts) / 10 FTE
        Assert.Equal(1m, s.ShareOfInitiativesJoined);        // 3 of 3 running: popup, uitwisseling, archiefinkoop
    }

    [Fact]
    public void A_member_year_counts_both_trajectories_and_its_stated_share()
    {
        var s = IndicatorCalculator.ForMember(Data, "ocw", Period.Year(2024));

        Assert.Equal(4, s.SupportSessions);                  // s1 – s4
        Assert.Equal(28, s.PeopleHelped);                    // 8 + 6 + 4 + 10
        Assert.Equal(5.25m, s.SupportHours);                 // 315 / 60
        Assert.Equal(7.92m, s.AverageSatisfaction);          // (64 + 36 + 9×10) / (8 + 6 + 10) = 190 / 24 = 7.917
        Assert.Equal(35, s.Leaflets);
        Assert.Equal(4, s.KnowledgeContacts);                // k1 – k4
        Assert.Equal(5m, s.DaysGiven);                       // 2 + 1.5 + 0.5 + 1
        Assert.Equal(3.5m, s.DaysReceived);                  // 3 + 0.5
        Assert.Equal(3, s.DistinctPartners);                 // ezk, duo, Gemeente Utrecht
        Assert.Equal(0.25m, s.ShareOutside);                 // 1 / 4
        Assert.Equal(2, s.TrajectoriesJoined);               // archiefinkoop, dms-licenties
        Assert.Equal(46_666.66m, s.EstimatedSavings);        // 100k / 3 = 33,333.33 + 20k × 2/3 = 13,333.33
        Assert.Equal(12_666.67m, s.RealisedSavings);         // 30k / 3 = 10,000 + 4k × 2/3 = 2,666.67
        Assert.Equal(0.8m, s.ActivitiesPerFte);              // (4 + 4) / 10
        Assert.Equal(1m, s.ShareOfInitiativesJoined);        // 4 of 4 running (training-2023 ended)
    }

    [Fact]
    public void A_member_with_contacts_only_has_no_average_and_joined_one_of_three()
    {
        var s = IndicatorCalculator.ForMember(Data, "duo", Q1);

        Assert.Equal((0, 0, 0m, 0), (s.SupportSessions, s.PeopleHelped, s.SupportHours, s.Leaflets));
        Assert.Null(s.AverageSatisfaction);                  // nobody graded anything
        Assert.Empty(s.TopicMix);
        Assert.Equal(1, s.KnowledgeContacts);                // k8
        Assert.Equal(0.5m, s.DaysGiven);
        Assert.Equal(0m, s.DaysReceived);                    // k4 ocw→duo is in April
        Assert.Equal(1, s.DistinctPartners);                 // ocw
        Assert.Equal(0m, s.ShareOutside);                    // 0 / 1
        Assert.Equal(1, s.TrajectoriesJoined);
        Assert.Equal(33_333.33m, s.EstimatedSavings);        // 100k / 3
        Assert.Equal(4_000m, s.RealisedSavings);             // 12k / 3
        Assert.Equal(0.4m, s.ActivitiesPerFte);              // 1 / 2.5
        Assert.Equal(0.3333m, s.ShareOfInitiativesJoined);   // archiefinkoop of 3 running
    }

    [Fact]
    public void Outside_organisations_are_told_apart_by_name_ignoring_case_and_spaces()
    {
        var s = IndicatorCalculator.ForMember(Data, "ezk", Q1);

        Assert.Equal(3, s.KnowledgeContacts);                // k5, k6, k7
        Assert.Equal(6m, s.DaysGiven);                       // 3 + 2 + 1
        Assert.Equal(3.5m, s.DaysReceived);                  // k1 + k2 = 2 + 1.5
        Assert.Equal(2, s.DistinctPartners);                 // ocw, Nationaal Archief (k6 and k7 name the same one)
        Assert.Equal(0.6667m, s.ShareOutside);               // 2 / 3
        Assert.Equal(0.8m, s.ActivitiesPerFte);              // (1 + 3) / 5
    }

    [Fact]
    public void A_member_without_FTE_or_participation_has_no_per_FTE_figure_and_a_zero_share()
    {
        var lnv = MemberFigures.New(Profile("lnv", 0m));
        var s = IndicatorCalculator.ForMember(Data with { Members = Data.Members.Add("lnv", lnv) }, "lnv", Q1);

        Assert.Null(s.ActivitiesPerFte);                     // 0 FTE: no denominator
        Assert.Equal(0m, s.ShareOfInitiativesJoined);        // 0 of 3 running
        Assert.Null(s.ShareOutside);                         // no contacts
        Assert.Equal((0m, 0m), (s.EstimatedSavings, s.RealisedSavings));
    }

    [Fact]
    public void The_collaboration_quarter_sums_every_member()
    {
        var s = IndicatorCalculator.ForCollaboration(Data, Q1);

        Assert.Equal(4, s.SupportSessions);                  // s1, s2, s3, e1
        Assert.Equal(23, s.PeopleHelped);                    // 18 + 5
        Assert.Equal(4.25m, s.SupportHours);                 // (195 + 60) / 60
        Assert.Equal(7.11m, s.AverageSatisfaction);          // (64 + 36 + 7×5) / (8 + 6 + 5) = 135 / 19 = 7.105
        Assert.Equal(18, s.Leaflets);                        // 15 + 3
        Assert.Equal([(SupportTopic.Dms, 2), (SupportTopic.IBabs, 2), (SupportTopic.Privacy, 1)], Mix(s));
        Assert.Equal(7, s.KnowledgeContacts);                // k1, k2, k3, k5, k6, k7, k8
        Assert.Equal(10.5m, s.DaysGiven);                    // ocw 4 + ezk 6 + duo 0.5
        Assert.Equal(7m, s.DaysReceived);                    // to members only: 3.5 + 3 + 0.5
        Assert.Equal(2, s.DistinctPartners);                 // outside organisations: Gemeente Utrecht, Nationaal Archief
        Assert.Equal(0.4286m, s.ShareOutside);               // k3, k6, k7 of 7 = 0.42857
        Assert.Equal(1, s.TrajectoriesJoined);               // archiefinkoop running
        Assert.Equal(100_000m, s.EstimatedSavings);          // 300k − 200k, not shared out
        Assert.Equal(12_000m, s.RealisedSavings);
        Assert.Equal(0.63m, s.ActivitiesPerFte);             // (4 + 7) / (10 + 5 + 2.5) = 0.6286
        Assert.Null(s.ShareOfInitiativesJoined);
    }

    [Fact]
    public void The_collaboration_year()
    {
        var s = IndicatorCalculator.ForCollaboration(Data, Period.Year(2024));

        Assert.Equal(5, s.SupportSessions);                  // s1 – s4, e1
        Assert.Equal(33, s.PeopleHelped);                    // 28 + 5
        Assert.Equal(6.25m, s.SupportHours);                 // (315 + 60) / 60
        Assert.Equal(7.76m, s.AverageSatisfaction);          // (64 + 36 + 90 + 35) / (8 + 6 + 10 + 5) = 225 / 29 = 7.759
        Assert.Equal(38, s.Leaflets);
        Assert.Equal(
            [(SupportTopic.Dms, 2), (SupportTopic.IBabs, 2), (SupportTopic.Openness, 1), (SupportTopic.Privacy, 1)], Mix(s));
        Assert.Equal(8, s.KnowledgeContacts);
        Assert.Equal(11.5m, s.DaysGiven);                    // 5 + 6 + 0.5
        Assert.Equal(8m, s.DaysReceived);                    // 3.5 + 1 + 3 + 0.5
        Assert.Equal(0.375m, s.ShareOutside);                // 3 / 8
        Assert.Equal(2, s.TrajectoriesJoined);               // archiefinkoop, dms-licenties
        Assert.Equal(120_000m, s.EstimatedSavings);          // 100k + (100k − 80k)
        Assert.Equal(34_000m, s.RealisedSavings);            // 30k + 4k
        Assert.Equal(0.74m, s.ActivitiesPerFte);             // (5 + 8) / 17.5 = 0.743
    }

    [Fact]
    public void A_support_initiative_counts_the_sessions_registered_for_it()
    {
        var s = IndicatorCalculator.ForInitiative(Data, "popup", Q1);

        Assert.Equal(4, s.SupportSessions);                  // s1, s2, s3, e1 (s4 has no initiative, s5 is in 2023)
        Assert.Equal(23, s.PeopleHelped);                    // 8 + 6 + 4 + 5
        Assert.Equal(4.25m, s.SupportHours);                 // 255 / 60
        Assert.Equal(7.11m, s.AverageSatisfaction);          // 135 / 19
        Assert.Equal(18, s.Leaflets);
        Assert.Equal(0, s.KnowledgeContacts);
        Assert.Null(s.ShareOutside);
        Assert.Equal((0, 0m, 0m), (s.TrajectoriesJoined, s.EstimatedSavings, s.RealisedSavings));
        Assert.Null(s.ActivitiesPerFte);
        Assert.Null(s.ShareOfInitiativesJoined);
    }

    [Fact]
    public void A_knowledge_exchange_initiative_counts_its_receivers()
    {
        var s = IndicatorCalculator.ForInitiative(Data, "uitwisseling", Q1);

        Assert.Equal(0, s.SupportSessions);
        Assert.Equal(6, s.KnowledgeContacts);                // k1, k2, k3, k5, k6, k7
        Assert.Equal(10m, s.DaysGiven);                      // 2 + 1.5 + 0.5 + 3 + 2 + 1
        Assert.Equal(0m, s.DaysReceived);                    // an initiative receives nothing itself
        Assert.Equal(4, s.DistinctPartners);                 // ezk, ocw, Gemeente Utrecht, Nationaal Archief
        Assert.Equal(0.5m, s.ShareOutside);                  // 3 / 6
    }

    [Fact]
    public void A_trajectory_initiative_reports_its_whole_savings()
    {
        var s = IndicatorCalculator.ForInitiative(Data, "archiefinkoop", Period.Year(2024));

        Assert.Equal(1, s.TrajectoriesJoined);
        Assert.Equal(100_000m, s.EstimatedSavings);          // 300k − 200k as on 2024-12-31
        Assert.Equal(30_000m, s.RealisedSavings);            // 12k one-off + 18k structural
    }

    [Theory]
    [InlineData("month", 2, 14, 2.25, 7.14)]      // 2024-01: s1, s2; 135 min; (64 + 36) / 14
    [InlineData("quarter", 3, 18, 3.25, 7.14)]    // 2024-Q1: + ungraded s3; 195 min; still 100 / 14
    [InlineData("year", 4, 28, 5.25, 7.92)]       // 2024: + s4; 315 min; 190 / 24
    [InlineData("custom", 2, 14, 3.00, 9.00)]     // 15 Feb – 1 Apr widens to Feb – Apr: s3, s4; 180 min; 90 / 10
    [InlineData("as-on", 4, 20, 3.75, 7.50)]      // up to Feb 2024: s5, s1, s2, s3; 225 min; (20 + 64 + 36) / 16
    [InlineData("previous", 1, 2, 0.50, 10.00)]   // the quarter before Q1 2024 is Q4 2023: s5; 30 min; 20 / 2
    [InlineData("empty", 0, 0, 0.00, null)]       // 2024-03: no sessions, no average
    public void Support_figures_follow_the_period(string kind, int sessions, int people, double hours, double? satisfaction)
    {
        var period = kind switch
        {
            "month" => Period.Month(2024, 1),
            "quarter" => Q1,
            "year" => Period.Year(2024),
            "custom" => Period.Custom(Day("2024-02-15"), Day("2024-04-01")),
            "as-on" => Period.AsOn(Day("2024-02-29")),
            "previous" => Q1.Previous(),
            _ => Period.Month(2024, 3),
        };

        var s = IndicatorCalculator.ForMember(Data, "ocw", period);

        Assert.Equal((sessions, people, (decimal)hours, (decimal?)satisfaction),
            (s.SupportSessions, s.PeopleHelped, s.SupportHours, s.AverageSatisfaction));
    }

    [Fact]
    public void Periods_are_runs_of_whole_months()
    {
        Assert.Equal(Months("2024-02", "2024-02"), Period.Month(2024, 2));
        Assert.Equal(Months("2024-10", "2024-12"), Period.Quarter(2024, 4));
        Assert.Equal(Months("2024-01", "2024-12"), Period.Year(2024));
        Assert.Equal(Months("2024-02", "2024-04"), Period.Custom(Day("2024-02-15"), Day("2024-04-01")));
        Assert.Equal(Months("0001-01", "2024-02"), Period.AsOn(Day("2024-02-29")));
        Assert.Equal(3, Period.Custom(Day("2024-02-15"), Day("2024-04-01")).Months);

        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2024, 5));
        Assert.Throws<ArgumentException>(() => Period.Custom(Day("2024-04-01"), Day("2024-03-31")));
    }

    [Fact]
    public void The_previous_period_has_the_same_length_just_before()
    {
        Assert.Equal(Months("2023-12", "2023-12"), Period.Month(2024, 1).Previous());
        Assert.Equal(Months("2023-10", "2023-12"), Period.Quarter(2024, 1).Previous());
        Assert.Equal(Months("2023-01", "2023-12"), Period.Year(2024).Previous());
        Assert.Equal(Months("2023-11", "2024-01"), Period.Custom(Day("2024-02-15"), Day("2024-04-01")).Previous()); // 3 months back
    }

    [Fact]
    public void A_period_contains_both_its_ends_and_nothing_outside()
    {
        Assert.True(Q1.Contains(new YearMonth(2024, 1)));
        Assert.True(Q1.Contains(new YearMonth(2024, 3)));
        Assert.False(Q1.Contains(new YearMonth(2023, 12)));
        Assert.False(Q1.Contains(new YearMonth(2024, 4)));
        Assert.Equal(new YearMonth(2023, 12), new YearMonth(2024, 1).AddMonths(-1));
        Assert.Equal(Day("2024-02-29"), new YearMonth(2024, 2).LastDay);
        Assert.Equal("2024-02", new YearMonth(2024, 2).ToString());
    }

    [Theory]
    [InlineData("2023-12", "2023-12", 0, 0)]              // before the first step
    [InlineData("2024-01", "2024-01", 60_000, 0)]         // orientation: 300k − 240k
    [InlineData("2024-02", "2024-02", 100_000, 12_000)]   // contracted: 300k − 200k; 12k one-off came in
    [InlineData("2024-03", "2024-03", 100_000, 0)]        // nothing new came in
    [InlineData("2024-04", "2024-06", 100_000, 18_000)]   // evaluated in May: 30k − the 12k before April
    [InlineData("2024-01", "2024-12", 100_000, 30_000)]   // 12k + 18k
    [InlineData("2025-01", "2025-12", 100_000, 0)]
    public void Savings_are_estimated_as_on_the_last_day_and_realised_within_the_period(string from, string to, int estimated, int realised)
    {
        Assert.Equal(((decimal)estimated, (decimal)realised), IndicatorCalculator.Savings(Archiefinkoop, Months(from, to)));
    }

    [Fact]
    public void Savings_as_on_a_date_count_everything_realised_so_far()
    {
        // From the start up to June 2024: estimated 300k − 200k, realised 12k + 18k.
        Assert.Equal((100_000m, 30_000m), IndicatorCalculator.Savings(Archiefinkoop, Period.AsOn(Day("2024-06-30"))));
    }

    [Fact]
    public void Savings_are_shared_out_equally_by_default()
    {
        var archief = Data.Initiatives["archiefinkoop"];

        foreach (var member in new[] { "ocw", "ezk", "duo" })
        {
            Assert.Equal((33_333.33m, 10_000m), IndicatorCalculator.SavingsShare(archief, member, Period.Year(2024))); // 100k / 3, 30k / 3
        }
    }

    [Fact]
    public void Savings_are_shared_out_by_stated_shares()
    {
        var dms = Data.Initiatives["dms-licenties"];

        Assert.Equal((13_333.33m, 2_666.67m), IndicatorCalculator.SavingsShare(dms, "ocw", Period.Year(2024))); // 20k × 2/3, 4k × 2/3
        Assert.Equal((6_666.67m, 1_333.33m), IndicatorCalculator.SavingsShare(dms, "ezk", Period.Year(2024)));  // 20k × 1/3, 4k × 1/3
    }

    [Fact]
    public void Shares_that_sum_to_nothing_fall_back_to_equal()
    {
        var dms = Data.Initiatives["dms-licenties"];
        var zero = dms with { Profile = dms.Profile with { SavingsShares = ImmutableDictionary<string, decimal>.Empty.Add("ocw", 0m) } };

        Assert.Equal((10_000m, 2_000m), IndicatorCalculator.SavingsShare(zero, "ocw", Period.Year(2024))); // 20k / 2, 4k / 2
    }

    [Fact]
    public void No_share_for_a_non_participant_or_an_initiative_that_is_not_a_trajectory()
    {
        Assert.Equal((0m, 0m), IndicatorCalculator.SavingsShare(Data.Initiatives["dms-licenties"], "duo", Period.Year(2024)));
        Assert.Equal((0m, 0m), IndicatorCalculator.SavingsShare(Data.Initiatives["popup"], "ocw", Period.Year(2024)));
    }

    [Fact]
    public void A_trajectory_reads_back_the_step_in_force_on_a_date()
    {
        Assert.Equal(TrajectoryStep.Start, Archiefinkoop.AsOn(Day("2024-01-14")));
        Assert.Equal(ProcurementPhase.Orientation, Archiefinkoop.AsOn(Day("2024-01-15")).Phase);
        Assert.Equal(ProcurementPhase.Contracted, Archiefinkoop.AsOn(Day("2024-05-09")).Phase);
        Assert.Equal(ProcurementPhase.Evaluated, Archiefinkoop.Current.Phase);   // steps were added out of date order
        Assert.Equal(TrajectoryStep.Start, ProcurementTrajectory.New.Current);
        Assert.Equal(0m, Step("2024-01-01", ProcurementPhase.Tender, 80_000, 100_000, 0, 0).EstimatedSavings); // joint dearer: no saving, not −20k
    }

    [Fact]
    public void The_exchange_matrix_puts_every_outside_organisation_in_one_column()
    {
        var m = IndicatorCalculator.Matrix(Data, Q1);

        Assert.Equal(new ContactTally(2, 3.5m), m["ocw", "ezk"]);                    // k1 + k2
        Assert.Equal(new ContactTally(1, 0.5m), m["ocw", ExchangeMatrix.Outside]);   // k3
        Assert.Equal(new ContactTally(1, 3m), m["ezk", "ocw"]);                      // k5
        Assert.Equal(new ContactTally(2, 3m), m["ezk", ExchangeMatrix.Outside]);     // k6 + k7
        Assert.Equal(new ContactTally(1, 0.5m), m["duo", "ocw"]);                    // k8
        Assert.Equal(default, m["duo", "ezk"]);
        Assert.Equal(default, m["lnv", "ocw"]);                                      // not a member: an empty row

        Assert.Equal(new ContactTally(3, 4m), m.GivenBy("ocw"));                     // 2 + 1 contacts; 3.5 + 0.5 days
        Assert.Equal(new ContactTally(3, 6m), m.GivenBy("ezk"));                     // 1 + 2; 3 + 3
        Assert.Equal(new ContactTally(2, 3.5m), m.ReceivedBy("ocw"));                // k5 + k8
        Assert.Equal(new ContactTally(2, 3.5m), m.ReceivedBy("ezk"));                // k1 + k2
        Assert.Equal(new ContactTally(3, 3.5m), m.ReceivedBy(ExchangeMatrix.Outside)); // k3 + k6 + k7
        Assert.Equal(default, m.ReceivedBy("duo"));                                  // k4 is in April
        Assert.Equal(new ContactTally(1, 1m), IndicatorCalculator.Matrix(Data, Period.Year(2024)).ReceivedBy("duo"));
    }

    [Fact]
    public void A_contact_to_an_outside_organisation_with_a_blank_member_id_counts_as_outside()
    {
        // The validator accepts a blank toMemberId next to an outside organisation (it checks IsNullOrWhiteSpace).
        var contact = Contact("k9", "2024-02-01", "ocw", "", "Gemeente Utrecht", 1m, null);

        Assert.Equal("outside:gemeente utrecht", ExchangeMatrix.ReceiverKey(contact));
        Assert.Equal(ExchangeMatrix.Outside, contact.Receiver);
    }

    private static SupportSession Session(
        string id, string date, string provider, int people, int minutes, int leaflets, int? grade, string? initiative,
        params SupportTopic[] topics) =>
        new(id, Day(date), provider, provider, initiative, SupportFormat.PopUpStore, [.. topics], people, minutes, leaflets, grade);

    private static KnowledgeContact Contact(
        string id, string date, string from, string? to, string? outside, decimal days, string? initiative) =>
        new(id, Day(date), from, to, outside, ContactKind.StaffExchange, days, "Woo", initiative);

    private static TrajectoryStep Step(string date, ProcurementPhase phase, decimal alone, decimal joint, decimal oneOff, decimal structural) =>
        new(Day(date), phase, alone, joint, oneOff, structural);

    private static ImmutableDictionary<YearMonth, MonthFigures> Fold(IEnumerable<IActivity> activities) =>
        activities.GroupBy(a => YearMonth.Of(a.Date)).ToImmutableDictionary(
            g => g.Key,
            g => g.Aggregate(MonthFigures.Empty, (month, a) => a switch
            {
                SupportSession s => month.Add(s),
                KnowledgeContact c => month.Add(c),
                _ => month,
            }));

    private static MemberProfile Profile(string id, decimal fte) =>
        new(id, id.ToUpperInvariant(), id.ToUpperInvariant(), id.ToUpperInvariant(), MemberKind.Ministry, null, fte, Day("2016-11-01"));

    private static MemberFigures Member(string id, decimal fte, params IActivity[] activities) =>
        MemberFigures.New(Profile(id, fte)) with { Sequence = activities.Length, Months = Fold(activities) };

    private static InitiativeFigures Initiative(
        string id, InitiativeKind kind, ImmutableArray<string> participants, string start, string? end,
        ImmutableDictionary<string, decimal>? shares, ProcurementTrajectory trajectory, params IActivity[] activities) =>
        new(new InitiativeProfile(id, id, id, kind, participants[0], participants, Day(start), end is null ? null : Day(end),
            ImmutableDictionary<Indicator, decimal>.Empty, shares), trajectory, Fold(activities));

    private static (SupportTopic, int)[] Mix(IndicatorSnapshot s) => [.. s.TopicMix.OrderBy(t => t.Key).Select(t => (t.Key, t.Value))];

    private static Period Months(string from, string to) => new(Month(from), Month(to));

    private static YearMonth Month(string value) => YearMonth.Of(Day(value + "-01"));

    private static DateOnly Day(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
