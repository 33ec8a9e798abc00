using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Activities;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

using static Collab.Tests.Domain.IndicatorFixture;

namespace Collab.Tests.Domain;

/// <summary>Savings shared out, trajectory steps and the exchange matrix on <see cref="IndicatorFixture"/>, worked out by hand.</summary>
public sealed class SavingsAndExchangeArithmeticTests
{
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
        Assert.Equal((100_000m, 30_000m), IndicatorCalculator.Savings(Archiefinkoop, new Period(new YearMonth(1, 1), new YearMonth(2024, 6))));
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
}
