using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using static Collab.Tests.Domain.ValidationFixture;

namespace Collab.Tests.Domain;

/// <summary>Input that means one thing: text that reads as stored and can be seen, and lists that are sets of what exists.</summary>
public sealed class InputRuleTests
{
    public static TheoryData<string> BidiControls => ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];

    // Zero-width space, joiner and non-joiner, word joiner, BOM, soft hyphen, Hangul filler, braille blank, a lone combining accent, and mixes with spaces.
    public static TheoryData<string> InvisibleOnly => ["\u200B", "\u200C\u200D", "\u2060", "\uFEFF", "\u00AD", "\u3164", "\u2800", "\u0301", " \u200B ", "\u00A0\u200B"];

    [Theory]
    [MemberData(nameof(BidiControls))]
    public void A_bidirectional_control_is_refused_in_every_free_text_field(string control)
    {
        var text = $"Gemeente {control}tx.exe";
        Expect(Validate(PopUp with { Note = text }), "note", "bidi-control");
        Expect(Validate(Exchange with { ExpertiseArea = text }), "expertiseArea", "bidi-control");
        Expect(Validate(Exchange with { ToMemberId = null, OutsideOrganisation = text }), "outsideOrganisation", "bidi-control");
        Expect(Validate(Exchange with { Note = text }), "note", "bidi-control");
    }

    [Theory]
    [MemberData(nameof(InvisibleOnly))]
    public void A_value_of_invisible_characters_only_is_refused_even_where_the_field_is_optional(string text)
    {
        Expect(Validate(PopUp with { Note = text }), "note", "invisible");
        Expect(Validate(Exchange with { ExpertiseArea = text }), "expertiseArea", "invisible");
        Expect(Validate(Exchange with { ToMemberId = null, OutsideOrganisation = text }), "outsideOrganisation", "invisible");
    }

    [Theory]
    [InlineData("Gemeente\u200BUtrecht")]
    [InlineData("e\u0301le\u0300ve")]
    [InlineData("שלום")]
    [InlineData("Café 👩‍💻")]
    public void Visible_text_with_invisible_or_right_to_left_characters_inside_is_still_valid(string text) =>
        Expect(Validate(PopUp with { Note = text }), "note", null);

    [Fact]
    public void Names_and_titles_of_members_and_initiatives_follow_the_same_text_rules()
    {
        var member = new MemberProfile("uwv", "UWV", "UWV", "UWV", MemberKind.Other, null, 10m, new DateOnly(2024, 1, 1));
        Assert.Equal([("nameNl", "bidi-control")], Codes(ProfileValidator.Validate(member with { NameNl = "UWV\u202E" }, Known, Today)));
        Assert.Equal([("nameEn", "invisible")], Codes(ProfileValidator.Validate(member with { NameEn = "\u200B\u200B" }, Known, Today)));
        Assert.Equal([("abbreviation", "bidi-control")], Codes(ProfileValidator.Validate(member with { Abbreviation = "\u2066UWV" }, Known, Today)));
        var initiative = Initiative();
        Assert.Equal([("titleNl", "invisible")], Codes(ProfileValidator.Validate(initiative with { TitleNl = "\u3164" }, Known)));
        Assert.Equal([("titleEn", "bidi-control")], Codes(ProfileValidator.Validate(initiative with { TitleEn = "Pop\u202Eup" }, Known)));
    }

    [Fact]
    public void Topics_are_a_set_of_the_six_that_exist()
    {
        Expect(Validate(PopUp with { Topics = [SupportTopic.Dms, SupportTopic.Privacy, SupportTopic.Dms] }), "topics", "repeated");
        Expect(Validate(PopUp with { Topics = [.. Enum.GetValues<SupportTopic>()] }), "topics", null);
        Expect(Validate(PopUp with { Topics = [.. Enum.GetValues<SupportTopic>(), SupportTopic.Other] }), "topics", "too-many");
        // A million topics get one error, not a million.
        Expect(Validate(PopUp with { Topics = [.. Enumerable.Repeat(SupportTopic.Dms, 1_000_000)] }), "topics", "too-many");
    }

    [Fact]
    public void Joining_members_are_a_set_no_longer_than_the_members_that_exist()
    {
        // The fixture knows three members: ocw, ezk, duo.
        Expect(Validate(Update with { JoiningMemberIds = ["ezk", "ezk"] }, ProcurementPhase.Orientation), "joiningMemberIds", "repeated");
        Expect(Validate(Update with { JoiningMemberIds = ["ocw", "ezk", "duo"] }, ProcurementPhase.Orientation), "joiningMemberIds", null);
        Expect(Validate(Update with { JoiningMemberIds = ["ocw", "ezk", "duo", "ocw"] }, ProcurementPhase.Orientation), "joiningMemberIds", "too-many");
        Expect(Validate(Update with { JoiningMemberIds = [.. Enumerable.Range(0, 100_000).Select(i => $"m{i}")] }, ProcurementPhase.Orientation),
            "joiningMemberIds", "too-many");
    }

    [Fact]
    public void Participants_of_an_initiative_are_a_set_no_longer_than_the_members_that_exist()
    {
        Assert.Equal([("participantIds", "repeated")], Codes(ProfileValidator.Validate(Initiative() with { ParticipantIds = ["ocw", "ezk", "ocw"] }, Known)));
        Assert.Equal([("participantIds", "too-many")], Codes(ProfileValidator.Validate(Initiative() with { ParticipantIds = ["ocw", "ezk", "duo", "ezk"] }, Known)));
        Assert.Empty(ProfileValidator.Validate(Initiative() with { ParticipantIds = ["ocw", "ezk", "duo"] }, Known));
    }

    private static InitiativeProfile Initiative() => new(
        "popup-2", "Pop-up stores", "Pop-up stores", InitiativeKind.SupportProgramme, "ocw", ["ocw", "ezk"], new DateOnly(2024, 1, 1), null,
        ImmutableDictionary<Indicator, decimal>.Empty);
}
