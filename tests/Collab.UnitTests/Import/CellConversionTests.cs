using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using static Collab.Tests.Import.ImportFixture;

namespace Collab.Tests.Import;

/// <summary>How a cell's text becomes a date, a number, an enum value or a list, and what a row error says when it does not.</summary>
public sealed class CellConversionTests
{
    private static string Row(string date = "2024-06-10", string format = "desk-visit", string topics = "", string people = "12",
        string leaflets = "", string satisfaction = "") =>
        SessionHeader + "\n" + $"s-1;{date};ocw;ezk;;{format};{topics};{people};60;{leaflets};{satisfaction};\n";

    [Theory]
    [InlineData("2024-05-14", 2024, 5, 14)]
    [InlineData("14-05-2024", 2024, 5, 14)]
    [InlineData("5-3-2024", 2024, 3, 5)]
    [InlineData(" 2024-05-14 ", 2024, 5, 14)]
    public void Dates_are_iso_or_dutch_day_month_year(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), Session(Sessions(Row(date: text))).Date);

    [Theory]
    [InlineData("14/05/2024")]
    [InlineData("05-14-2024")]
    [InlineData("14-05-24")]
    [InlineData("2024-5-14")]
    [InlineData("14 mei 2024")]
    [InlineData("2024-02-30")]
    public void Other_date_spellings_are_a_row_error_on_the_date(string text) =>
        Assert.Equal((2, "date", $"'{text}' is not a date; write 2024-05-14 or 14-05-2024."), OnlyError(Sessions(Row(date: text))));

    [Fact]
    public void An_empty_date_is_required() =>
        Assert.Equal((2, "date", "A date is required."), OnlyError(Sessions(Row(date: ""))));

    [Theory]
    [InlineData("2.5", "2.5")]
    [InlineData("2,5", "2.5")]
    [InlineData("0,25", "0.25")]
    [InlineData("3", "3")]
    [InlineData("366,0", "366")]
    public void Person_days_take_a_decimal_point_or_a_dutch_decimal_comma(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Contact(Contacts(ContactHeader + "\n" + $"k-1;2024-06-10;ocw;ezk;;staff-exchange;{text};Woo;;\n")).PersonDays);

    [Theory]
    [InlineData("1.000,5")]
    [InlineData("1 000")]
    [InlineData("2,5,0")]
    [InlineData("twee")]
    [InlineData("2e3")]
    public void Thousands_separators_and_other_text_are_not_numbers(string text) =>
        Assert.Equal((2, "personDays", $"'{text}' is not a number; write 2.5 or 2,5, without thousands separators."),
            OnlyError(Contacts(ContactHeader + "\n" + $"k-1;2024-06-10;ocw;ezk;;staff-exchange;\"{text}\";Woo;;\n")));

    [Theory]
    [InlineData("abc", "'abc' is not a whole number.")]
    [InlineData("12.0", "'12.0' is not a whole number.")]
    [InlineData("+12", "'+12' is not a whole number.")]
    [InlineData("99999999999", "'99999999999' is too large.")]
    [InlineData("", "A whole number is required.")]
    public void People_helped_is_a_whole_number(string text, string message) =>
        Assert.Equal((2, "peopleHelped", message), OnlyError(Sessions(Row(people: text))));

    [Fact]
    public void A_negative_number_reads_and_the_validator_refuses_it() =>
        Assert.Equal((2, "peopleHelped", "The value must be at least 0."), OnlyError(Sessions(Row(people: "-3"))));

    [Fact]
    public void Empty_optional_numbers_take_their_default()
    {
        var session = Session(Sessions(Row(leaflets: "", satisfaction: "")));

        Assert.Equal(0, session.Leaflets);
        Assert.Null(session.Satisfaction);
    }

    [Theory]
    [InlineData("pop-up-store", SupportFormat.PopUpStore)]
    [InlineData("POP-UP-STORE", SupportFormat.PopUpStore)]
    [InlineData("PopUpStore", SupportFormat.PopUpStore)]
    [InlineData("desk-visit", SupportFormat.DeskVisit)]
    [InlineData("online", SupportFormat.Online)]
    public void Enum_values_are_kebab_case_or_the_csharp_name_in_any_case(string text, SupportFormat expected) =>
        Assert.Equal(expected, Session(Sessions(Row(format: text))).Format);

    [Theory]
    [InlineData("1")]
    [InlineData("pop up store")]
    [InlineData("PopUpStore,Online")]
    public void Numbers_and_other_text_are_not_enum_values(string text) =>
        Assert.Equal((2, "format", $"'{text}' is not one of pop-up-store, desk-visit, workshop, helpdesk, online."),
            OnlyError(Sessions(Row(format: $"\"{text}\""))));

    [Fact]
    public void Topics_are_a_list_separated_by_bars() =>
        Assert.Equal([SupportTopic.Dms, SupportTopic.IBabs, SupportTopic.RecordsManagement],
            Session(Sessions(Row(topics: "dms| I-Babs |RecordsManagement"))).Topics);

    [Fact]
    public void An_unknown_topic_is_a_row_error_on_topics() =>
        Assert.Equal((2, "topics", "'archief' is not one of dms, i-babs, records-management, openness, privacy, other."),
            OnlyError(Sessions(Row(topics: "dms|archief"))));

    [Fact]
    public void Procurement_updates_read_phases_amounts_and_joining_members()
    {
        var update = Update(Updates(UpdateHeader + "\n" + "u-1;14-06-2024;archiefinkoop;ocw;Tender;300000;199999,99;;;ezk|duo\n"));

        Assert.Equal(ProcurementPhase.Tender, update.Phase);
        Assert.Equal(300_000m, update.EstimatedCostAlone);
        Assert.Equal(199_999.99m, update.JointCost);
        Assert.Null(update.RealisedOneOffSavings);
        Assert.Null(update.RealisedStructuralSavings);
        Assert.Equal(["ezk", "duo"], update.JoiningMemberIds);
        Assert.Equal(new DateOnly(2024, 6, 14), update.Date);
    }
}
