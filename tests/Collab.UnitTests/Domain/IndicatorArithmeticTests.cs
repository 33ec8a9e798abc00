using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

using static Collab.Tests.Domain.IndicatorFixture;

namespace Collab.Tests.Domain;

/// <summary>Indicator arithmetic on the small collaboration of <see cref="IndicatorFixture"/>; every expected value is worked out by hand.</summary>
public sealed class IndicatorArithmeticTests
{
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
    [InlineData("custom", 2, 14, 3.00, 9.00)]     // Feb – Apr: s3, s4; 180 min; 90 / 10
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
            "custom" => Months("2024-02", "2024-04"),
            "as-on" => Months("0001-01", "2024-02"),
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
        Assert.Equal(3, Months("2024-02", "2024-04").Months);

        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2024, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2024, 5));
    }

    [Fact]
    public void The_previous_period_has_the_same_length_just_before()
    {
        Assert.Equal(Months("2023-12", "2023-12"), Period.Month(2024, 1).Previous());
        Assert.Equal(Months("2023-10", "2023-12"), Period.Quarter(2024, 1).Previous());
        Assert.Equal(Months("2023-01", "2023-12"), Period.Year(2024).Previous());
        Assert.Equal(Months("2023-11", "2024-01"), Months("2024-02", "2024-04").Previous()); // 3 months back
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
}
