using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Registrations;
using static Collab.Tests.Domain.ValidationFixture;
using Kind = Collab.Contracts.Initiatives.InitiativeKind;

namespace Collab.Tests.Domain;

/// <summary>Every registration rule, checked on both sides of its bound: the field and code a registrar gets back.</summary>
public sealed class RegistrationValidationTests
{
    [Fact]
    public void Complete_registrations_and_ones_without_optional_fields_are_valid()
    {
        Assert.Empty(Validate(PopUp));
        Assert.Empty(Validate(PopUp with { InitiativeId = null, Satisfaction = null, Note = null, Topics = [] }));
        Assert.Empty(Validate(Exchange));
        Assert.Empty(Validate(Exchange with { ToMemberId = null, OutsideOrganisation = "Gemeente Utrecht", InitiativeId = null, Note = null }));
        Assert.Empty(Validate(Update, ProcurementPhase.Orientation));
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("   ", "required")]
    [InlineData("a", null)]
    [InlineData("ocw.2024-06_14:A9", null)]
    [InlineData("-start", "format")]
    [InlineData(".start", "format")]
    [InlineData("met spatie", "format")]
    [InlineData("a/b", "format")]
    [InlineData("één", "format")]
    public void The_id_is_required_and_uses_a_small_alphabet(string id, string? code) =>
        Expect(Validate(PopUp with { Id = id }), "id", code);

    [Theory]
    [InlineData(64, null)]
    [InlineData(65, "too-long")]
    public void The_id_has_at_most_64_characters(int length, string? code) =>
        Expect(Validate(PopUp with { Id = new string('a', length) }), "id", code);

    [Theory]
    [InlineData("2024-06-14", null)]          // today
    [InlineData("2024-06-15", "in-future")]   // tomorrow
    [InlineData("2000-01-01", null)]
    [InlineData("1999-12-31", "too-early")]
    public void The_date_lies_between_2000_and_today(string date, string? code) =>
        Expect(Validate(PopUp with { Date = Day(date) }), "date", code);

    [Fact]
    public void Every_kind_of_registration_checks_id_and_date()
    {
        (string, string)[] expected = [("id", "required"), ("date", "in-future")];
        var tomorrow = Today.AddDays(1);

        Assert.Equal(expected, Codes(Validate(PopUp with { Id = "", Date = tomorrow })));
        Assert.Equal(expected, Codes(Validate(Exchange with { Id = "", Date = tomorrow })));
        Assert.Equal(expected, Codes(Validate(Update with { Id = "", Date = tomorrow }, ProcurementPhase.Orientation)));
    }

    [Theory]
    [InlineData("providingMemberId", "lnv", "unknown-member")]
    [InlineData("providingMemberId", "", "required")]
    [InlineData("hostMemberId", "lnv", "unknown-member")]
    [InlineData("hostMemberId", " ", "required")]
    public void A_support_session_names_two_known_members(string field, string member, string code) =>
        Expect(Validate(field == "hostMemberId" ? PopUp with { HostMemberId = member } : PopUp with { ProvidingMemberId = member }), field, code);

    [Theory]
    [InlineData("popup", null)]
    [InlineData("onbekend", "unknown-initiative")]
    [InlineData("", "unknown-initiative")]
    public void An_initiative_when_named_must_exist(string initiative, string? code)
    {
        Expect(Validate(PopUp with { InitiativeId = initiative }), "initiativeId", code);
        Expect(Validate(Exchange with { InitiativeId = initiative }), "initiativeId", code);
    }

    [Fact]
    public void Format_topics_and_contact_kind_are_known_values()
    {
        Expect(Validate(PopUp with { Format = (SupportFormat)99 }), "format", "unknown-value");
        Expect(Validate(PopUp with { Topics = [SupportTopic.Dms, (SupportTopic)99] }), "topics", "unknown-value");
        Expect(Validate(Exchange with { Kind = (ContactKind)99 }), "kind", "unknown-value");
    }

    [Theory]
    [InlineData(-1, "negative")]
    [InlineData(0, null)]
    [InlineData(100_000, null)]
    [InlineData(100_001, "too-large")]
    public void People_helped_and_leaflets_lie_between_0_and_100000(int count, string? code)
    {
        Expect(Validate(PopUp with { PeopleHelped = count }), "peopleHelped", code);
        Expect(Validate(PopUp with { Leaflets = count }), "leaflets", code);
    }

    [Theory]
    [InlineData(-5, "negative")]
    [InlineData(0, "too-small")]
    [InlineData(1, null)]
    [InlineData(1440, null)]
    [InlineData(1441, "too-large")]
    public void A_session_lasts_a_minute_to_a_day(int minutes, string? code) =>
        Expect(Validate(PopUp with { DurationMinutes = minutes }), "durationMinutes", code);

    [Theory]
    [InlineData(-1, "negative")]
    [InlineData(0, "too-small")]
    [InlineData(1, null)]
    [InlineData(10, null)]
    [InlineData(11, "too-large")]
    [InlineData(null, null)]   // ungraded
    public void Satisfaction_is_a_Dutch_grade_from_1_to_10(int? grade, string? code) =>
        Expect(Validate(PopUp with { Satisfaction = grade }), "satisfaction", code);

    [Theory]
    [InlineData(500, null)]
    [InlineData(501, "too-long")]
    public void A_note_has_at_most_500_characters(int length, string? code)
    {
        Expect(Validate(PopUp with { Note = new string('x', length) }), "note", code);
        Expect(Validate(Exchange with { Note = new string('x', length) }), "note", code);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("   ", null)]
    [InlineData("eerste regel\ntweede regel", "control-characters")]
    [InlineData("tab\there", "control-characters")]
    [InlineData("bel\u0007", "control-characters")]
    public void A_note_is_optional_and_has_no_control_characters(string? note, string? code) =>
        Expect(Validate(PopUp with { Note = note }), "note", code);

    [Theory]
    [InlineData("lnv", "unknown-member")]
    [InlineData("", "required")]
    public void A_contact_comes_from_a_known_member(string member, string code) =>
        Expect(Validate(Exchange with { FromMemberId = member }), "fromMemberId", code);

    [Theory]
    [InlineData("lnv", null, "unknown-member")]
    [InlineData("ocw", null, "same-as-giver")]                        // the giver is ocw
    [InlineData("ezk", "Gemeente Utrecht", "one-receiver")]           // both
    [InlineData(null, null, "one-receiver")]                          // neither
    [InlineData(" ", " ", "one-receiver")]                            // blanks are neither
    public void A_contact_goes_to_exactly_one_other_receiver(string? member, string? outside, string code) =>
        Expect(Validate(Exchange with { ToMemberId = member, OutsideOrganisation = outside }), "toMemberId", code);

    [Theory]
    [InlineData(200, null)]
    [InlineData(201, "too-long")]
    public void An_outside_organisation_has_at_most_200_characters(int length, string? code) =>
        Expect(Validate(Exchange with { ToMemberId = null, OutsideOrganisation = new string('o', length) }), "outsideOrganisation", code);

    [Fact]
    public void An_outside_organisation_has_no_control_characters() =>
        Expect(Validate(Exchange with { ToMemberId = null, OutsideOrganisation = "Gemeente\rUtrecht" }), "outsideOrganisation", "control-characters");

    [Theory]
    [InlineData(-0.5, "negative")]
    [InlineData(0, null)]
    [InlineData(0.5, null)]
    [InlineData(366, null)]
    [InlineData(366.5, "too-large")]
    public void Person_days_lie_between_0_and_366(double days, string? code) =>
        Expect(Validate(Exchange with { PersonDays = (decimal)days }), "personDays", code);

    [Theory]
    [InlineData("", "required")]
    [InlineData("  ", "required")]
    [InlineData("a", null)]
    [InlineData("Woo\u001b", "control-characters")]
    public void An_expertise_area_is_required(string area, string? code) =>
        Expect(Validate(Exchange with { ExpertiseArea = area }), "expertiseArea", code);

    [Theory]
    [InlineData(200, null)]
    [InlineData(201, "too-long")]
    public void An_expertise_area_has_at_most_200_characters(int length, string? code) =>
        Expect(Validate(Exchange with { ExpertiseArea = new string('e', length) }), "expertiseArea", code);
}
