using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Directory;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;
using Collab.Contracts.Registrations;
using Collab.Tests.Support;
using static Collab.Tests.Domain.ValidationFixture;

namespace Collab.Tests.Domain;

/// <summary>Membership over time: left-on, renames with an effective date, a ministry as parent, a DIV FTE above 0.</summary>
public sealed class MembershipRulesTests
{
    private static readonly DateOnly Left = new(2024, 3, 31);

    // OCW and EZK are ministries, DUO an agency; NA left on 2024-03-31 (Today is 2024-06-14).
    private static readonly DirectoryListing Listing = new(
        ["ocw", "ezk", "duo", "na"], ImmutableDictionary<string, InitiativeKind>.Empty.Add("archiefinkoop", InitiativeKind.JointProcurement), 1,
        new Dictionary<string, MemberKind> { ["ocw"] = MemberKind.Ministry, ["ezk"] = MemberKind.Ministry, ["duo"] = MemberKind.ExecutingAgency, ["na"] = MemberKind.ExecutingAgency }
            .ToImmutableDictionary(),
        ImmutableDictionary<string, DateOnly>.Empty.Add("na", Left));

    private static readonly MemberProfile Agency = new("rvo", "Rijksdienst", "Agency", "RVO", MemberKind.ExecutingAgency, "ezk", 12m, new DateOnly(2020, 1, 1));

    private static ImmutableArray<FieldError> Check(MemberProfile profile) => ProfileValidator.Validate(profile, Listing, Today);

    [Fact]
    public void A_sound_agency_under_a_ministry_passes() => Expect(Check(Agency), "", null);

    [Theory]
    [InlineData("0", "not-positive")]
    [InlineData("-1", "not-positive")]
    [InlineData("0.1", null)]
    [InlineData("100000", null)]
    [InlineData("100000.1", "too-large")]
    public void A_DIV_FTE_must_be_above_zero(string fte, string? code) =>
        Expect(Check(Agency with { DivFte = decimal.Parse(fte, System.Globalization.CultureInfo.InvariantCulture) }), "divFte", code);

    [Theory]
    [InlineData("duo", "not-a-ministry")]
    [InlineData("rvo", "not-a-ministry")]
    [InlineData("nobody", "unknown-member")]
    [InlineData("ocw", null)]
    public void The_parent_must_be_a_ministry(string parent, string? code) =>
        Expect(ProfileValidator.Validate(Agency with { ParentMinistryId = parent }, new WithRvo(Listing), Today), "parentMinistryId", code);

    [Fact]
    public void A_ministry_cannot_sit_under_an_agency() =>
        Expect(Check(Agency with { Kind = MemberKind.Ministry, ParentMinistryId = "duo" }), "parentMinistryId", "not-a-ministry");

    [Theory]
    [InlineData("2019-12-31", "before-joined")]
    [InlineData("2020-01-01", null)]
    [InlineData("2024-06-14", null)]
    [InlineData("2024-06-15", "in-future")]
    public void Left_on_lies_between_joining_and_today(string leftOn, string? code) =>
        Expect(Check(Agency with { LeftOn = Day(leftOn) }), "leftOn", code);

    [Theory]
    [InlineData("2020-01-01", "out-of-order")]
    [InlineData("2020-01-02", null)]
    [InlineData("2024-06-15", "in-future")]
    public void A_rename_falls_after_joining_and_not_after_today(string renamedOn, string? code) =>
        Expect(Check(Agency with { FormerNames = [new("Oud", "Old", "OLD", Day(renamedOn))] }), "formerNames", code);

    [Fact]
    public void Renames_are_in_order_and_each_former_name_is_sound()
    {
        var outOfOrder = Check(Agency with { FormerNames = [new("A", "A", "A", Day("2023-01-01")), new("B", "B", "B", Day("2022-01-01"))] });
        var blank = Check(Agency with { FormerNames = [new("A", "A", " ", Day("2023-01-01"))] });
        var markup = Check(Agency with { FormerNames = [new("<b>A</b>", "A", "A", Day("2023-01-01"))] });
        var many = Check(Agency with { FormerNames = [.. Enumerable.Range(1, 21).Select(i => new FormerName("A", "A", "A", Day("2021-01-01").AddDays(i)))] });

        Assert.Equal([("formerNames", "out-of-order")], Codes(outOfOrder));
        Assert.Equal([("formerNames", "required")], Codes(blank));
        Assert.Equal([("formerNames", "markup")], Codes(markup));
        Assert.Equal([("formerNames", "too-many")], Codes(many));
    }

    [Fact]
    public void Every_wrong_field_is_named_at_once()
    {
        var errors = Check(Agency with { Id = "", NameNl = "", DivFte = 0, ParentMinistryId = "duo", LeftOn = Day("2019-01-01") });

        Assert.Equal(["id", "nameNl", "divFte", "leftOn", "parentMinistryId"], errors.Select(e => e.Field).Distinct());
    }

    [Theory]
    [InlineData("2024-03-31", null)]
    [InlineData("2024-04-01", "left")]
    public void A_registration_for_a_member_after_it_left_is_refused_naming_the_member_field(string date, string? code)
    {
        var day = Day(date);
        var provided = RegistrationValidator.Validate(PopUp with { Date = day, ProvidingMemberId = "na" }, Listing, Today);
        var hosted = RegistrationValidator.Validate(PopUp with { Date = day, HostMemberId = "na", InitiativeId = null }, Listing, Today);
        var received = RegistrationValidator.Validate(Exchange with { Date = day, ToMemberId = "na", InitiativeId = null }, Listing, Today);
        var joining = RegistrationValidator.Validate(Update with { Date = day, JoiningMemberIds = ["na"] }, Listing, Today, ProcurementPhase.Orientation);

        Expect(provided.RemoveAll(e => e.Field == "initiativeId"), "providingMemberId", code);
        Expect(hosted, "hostMemberId", code);
        Expect(received, "toMemberId", code);
        Expect(joining, "joiningMemberIds", code);
    }

    [Fact]
    public void A_member_that_left_does_not_count_what_is_dated_after_its_left_on()
    {
        // Three sessions: 2024-03-30 and 2024-03-31 count, 2024-04-01 lies after the left-on date.
        var figures = new[] { "2024-03-30", "2024-03-31", "2024-04-01" }
            .Select((d, i) => SampleActivities.Session($"s{i}", provider: "na", host: "ocw", date: Day(d)))
            .Aggregate(MemberFigures.New(SampleMembers.Duo("na") with { LeftOn = Left }), (f, s) => f.Add(s));

        Assert.Equal(2, figures.Months[new YearMonth(2024, 3)].SupportSessions);
        Assert.False(figures.Months.ContainsKey(new YearMonth(2024, 4)));
        Assert.Equal(3, figures.Sequence);
    }

    [Fact]
    public void A_profile_carries_the_name_of_each_date()
    {
        var ezk = SampleMembers.Ministry("ezk") with
        {
            NameNl = "Ministerie van Economische Zaken",
            Abbreviation = "EZ",
            FormerNames = [new("Ministerie van Economische Zaken en Klimaat", "Ministry of Economic Affairs and Climate Policy", "EZK", Day("2024-07-02"))],
        };

        Assert.Equal("EZK", ezk.NamedAsOn(Day("2023-12-31")).Abbreviation);
        Assert.Equal("EZK", ezk.NamedAsOn(Day("2024-07-01")).Abbreviation);
        Assert.Equal("EZ", ezk.NamedAsOn(Day("2024-07-02")).Abbreviation);
        Assert.Equal("Ministerie van Economische Zaken", ezk.NamedAsOn(Day("2025-01-01")).NameNl);
    }

    /// <summary>The listing, with the agency being validated (RVO) listed as an agency too.</summary>
    private sealed class WithRvo(DirectoryListing listing) : IKnownIds
    {
        public bool IsMember(string id) => id == "rvo" || listing.IsMember(id);

        public InitiativeKind? InitiativeKind(string id) => listing.InitiativeKind(id);

        public MemberKind? MemberKindOf(string id) => id == "rvo" ? MemberKind.ExecutingAgency : listing.MemberKindOf(id);

        public int MemberCount => listing.MemberCount + 1;
    }
}
