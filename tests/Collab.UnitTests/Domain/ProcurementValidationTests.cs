using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Registrations;
using static Collab.Tests.Domain.ValidationFixture;
using Kind = Collab.Contracts.Initiatives.InitiativeKind;

namespace Collab.Tests.Domain;

/// <summary>The rules of a procurement update, on both sides of each bound.</summary>
public sealed class ProcurementValidationTests
{
    [Theory]
    [InlineData("popup")]        // a support programme
    [InlineData("uitwisseling")] // a knowledge exchange
    [InlineData("onbekend")]     // no initiative at all
    public void A_procurement_update_is_for_a_trajectory(string initiative) =>
        Expect(Validate(Update with { InitiativeId = initiative }, ProcurementPhase.Orientation), "initiativeId", "not-a-trajectory");

    [Theory]
    [InlineData("lnv", "unknown-member")]
    [InlineData("", "required")]
    public void A_procurement_update_is_registered_by_a_known_member(string member, string code) =>
        Expect(Validate(Update with { RegisteredByMemberId = member }, ProcurementPhase.Orientation), "registeredByMemberId", code);

    [Theory]
    [InlineData(ProcurementPhase.NotStarted, ProcurementPhase.Orientation, true)]   // forward
    [InlineData(ProcurementPhase.Orientation, ProcurementPhase.Tender, true)]
    [InlineData(ProcurementPhase.Awarded, ProcurementPhase.Contracted, true)]
    [InlineData(ProcurementPhase.Contracted, ProcurementPhase.Evaluated, true)]
    [InlineData(ProcurementPhase.NotStarted, ProcurementPhase.Contracted, true)]    // skipping
    [InlineData(ProcurementPhase.Tender, ProcurementPhase.Tender, true)]            // staying
    [InlineData(ProcurementPhase.Evaluated, ProcurementPhase.Evaluated, true)]
    [InlineData(ProcurementPhase.Cancelled, ProcurementPhase.Cancelled, true)]
    [InlineData(ProcurementPhase.NotStarted, ProcurementPhase.Cancelled, true)]     // cancelling an open trajectory
    [InlineData(ProcurementPhase.Contracted, ProcurementPhase.Cancelled, true)]
    [InlineData(ProcurementPhase.Tender, ProcurementPhase.Orientation, false)]     // backward
    [InlineData(ProcurementPhase.Contracted, ProcurementPhase.NotStarted, false)]
    [InlineData(ProcurementPhase.Evaluated, ProcurementPhase.Cancelled, false)]    // out of a final phase
    [InlineData(ProcurementPhase.Cancelled, ProcurementPhase.Orientation, false)]
    [InlineData(ProcurementPhase.Cancelled, ProcurementPhase.Evaluated, false)]
    public void A_trajectory_moves_forward_or_is_cancelled_never_back_or_out_of_a_final_phase(
        ProcurementPhase current, ProcurementPhase next, bool allowed) =>
        Expect(Validate(Update with { Phase = next }, current), "phase", allowed ? null : "transition");

    [Fact]
    public void A_phase_is_a_known_value() =>
        Expect(Validate(Update with { Phase = (ProcurementPhase)99 }, ProcurementPhase.Orientation), "phase", "unknown-value");

    [Theory]
    [InlineData("estimatedCostAlone", "-0.01", "negative")]
    [InlineData("estimatedCostAlone", "0", null)]
    [InlineData("estimatedCostAlone", "1000000000000", null)]
    [InlineData("estimatedCostAlone", "1000000000000.01", "too-large")]
    [InlineData("jointCost", "-1", "negative")]
    [InlineData("jointCost", "0", null)]
    [InlineData("jointCost", "1000000000000", null)]
    [InlineData("jointCost", "1000000000001", "too-large")]
    [InlineData("realisedOneOffSavings", "-1", "negative")]
    [InlineData("realisedOneOffSavings", "0", null)]
    [InlineData("realisedOneOffSavings", "1000000000001", "too-large")]
    [InlineData("realisedStructuralSavings", "-1", "negative")]
    [InlineData("realisedStructuralSavings", "0", null)]
    [InlineData("realisedStructuralSavings", "1000000000001", "too-large")]
    public void Amounts_lie_between_0_and_a_trillion_euros(string field, string amount, string? code)
    {
        var value = decimal.Parse(amount, CultureInfo.InvariantCulture);
        var update = field switch
        {
            "estimatedCostAlone" => Update with { EstimatedCostAlone = value },
            "jointCost" => Update with { JointCost = value },
            "realisedOneOffSavings" => Update with { RealisedOneOffSavings = value },
            _ => Update with { RealisedStructuralSavings = value },
        };

        Expect(Validate(update, ProcurementPhase.Orientation), field, code);
    }

    [Theory]
    [InlineData("duo", null)]
    [InlineData("lnv", "unknown-member")]
    [InlineData("", "required")]
    public void Joining_members_must_be_known(string member, string? code) =>
        Expect(Validate(Update with { JoiningMemberIds = ["ezk", member] }, ProcurementPhase.Orientation), "joiningMemberIds", code);

    [Fact]
    public void An_update_changes_something()
    {
        var nothing = Update with { Phase = null, EstimatedCostAlone = null, JointCost = null, JoiningMemberIds = [] };

        Expect(Validate(nothing, ProcurementPhase.Tender), "phase", "no-change");
        Expect(Validate(nothing with { JoiningMemberIds = default }, ProcurementPhase.Tender), "phase", "no-change");
        Assert.Empty(Validate(nothing with { JoiningMemberIds = ["duo"] }, ProcurementPhase.Tender));
        Assert.Empty(Validate(nothing with { RealisedStructuralSavings = 0m }, ProcurementPhase.Tender));
    }
}
