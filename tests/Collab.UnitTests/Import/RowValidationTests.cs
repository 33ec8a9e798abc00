using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Dashboard.Import;
using static Collab.Tests.Import.ImportFixture;

namespace Collab.Tests.Import;

/// <summary>The registration rules applied to each row, the user's right to register for a member, and ids repeated in one file.</summary>
public sealed class RowValidationTests
{
    private static string Sessions(params string[] rows) => SessionHeader + "\n" + string.Join("\n", rows) + "\n";

    [Fact]
    public void An_unknown_member_is_a_row_error_on_its_column_with_the_rows_id()
    {
        var preview = ImportFixture.Sessions(Sessions("s-1;2024-06-10;lnv;ezk;;workshop;;3;60;;;"));

        Assert.Equal((2, "providingMemberId", "There is no member 'lnv'."), OnlyError(preview));
        Assert.Equal("s-1", Assert.Single(preview.RowErrors).Id);
    }

    [Fact]
    public void A_date_after_today_is_a_row_error() =>
        Assert.Equal((2, "date", "The date may not be after today."),
            OnlyError(ImportFixture.Sessions(Sessions("s-1;2024-06-15;ocw;ezk;;workshop;;3;60;;;"))));

    [Fact]
    public void Markup_in_a_note_is_a_row_error() =>
        Assert.Equal((2, "note", "The characters < and > are not allowed."),
            OnlyError(ImportFixture.Sessions(Sessions("s-1;2024-06-10;ocw;ezk;;workshop;;3;60;;;<script>alert(1)</script>"))));

    [Fact]
    public void Several_problems_in_one_row_are_all_reported_and_the_row_counts_once()
    {
        var preview = ImportFixture.Sessions(Sessions("s-1;2024-06-10;ocw;duo;nergens;workshop;;3;0;;11;"));

        Assert.Equal(
        [
            (2, "initiativeId", "There is no initiative 'nergens'."),
            (2, "durationMinutes", "The value must be at least 1."),
            (2, "satisfaction", "The value must be at most 10."),
        ], Errors(preview));
        Assert.Equal(new ImportCounts(1, 0, 1, 0), preview.Counts);
    }

    [Fact]
    public void A_row_for_a_member_the_user_may_not_register_for_is_a_row_error_on_the_owner()
    {
        var preview = Read(ImportKind.SupportSessions, Sessions(SessionRow("s-1"), "s-2;2024-06-10;ezk;ocw;;workshop;;3;60;;;"),
            registrarOf: "ocw");

        Assert.Equal([(3, "providingMemberId", "You may not register for 'ezk'.")], Errors(preview));
        Assert.Equal(2, Assert.Single(preview.Rows).Line);
        Assert.False(preview.IsStorable);
    }

    [Fact]
    public void The_owner_of_a_knowledge_contact_is_the_giver_and_of_an_update_the_registrar()
    {
        var contacts = Read(ImportKind.KnowledgeContacts, ContactHeader + "\n" + "k-1;2024-06-10;ezk;ocw;;consultation;1;Woo;;\n",
            registrarOf: "ocw");
        var updates = Read(ImportKind.ProcurementUpdates, UpdateHeader + "\n" + "u-1;2024-06-10;archiefinkoop;ezk;;1000;;;;\n",
            registrarOf: "ocw");

        Assert.Equal((2, "fromMemberId", "You may not register for 'ezk'."), OnlyError(contacts));
        Assert.Equal((2, "registeredByMemberId", "You may not register for 'ezk'."), OnlyError(updates));
    }

    [Fact]
    public void The_same_id_with_the_same_content_counts_once_as_a_duplicate_in_the_file()
    {
        // The same content, spelled otherwise: a Dutch date and the C# name of the format.
        var preview = ImportFixture.Sessions(Sessions(SessionRow("s-1"), SessionRow("s-2"), "s-1;10-06-2024;ocw;ezk;popup;DeskVisit;DMS;12;180;25;8;Aan de balie"));

        Assert.Empty(preview.RowErrors);
        Assert.Equal([2, 3], preview.Rows.Select(r => r.Line));
        Assert.Equal(new ImportCounts(3, 2, 0, 1), preview.Counts);
        Assert.True(preview.IsStorable);
    }

    [Fact]
    public void Person_days_written_two_ways_are_the_same_content()
    {
        var preview = Contacts(ContactHeader + "\n" + "k-1;2024-06-10;ocw;ezk;;staff-exchange;2,50;Woo;;\n" + "k-1;2024-06-10;ocw;ezk;;staff-exchange;2.5;Woo;;\n");

        Assert.Empty(preview.RowErrors);
        Assert.Equal(new ImportCounts(2, 1, 0, 1), preview.Counts);
    }

    [Fact]
    public void The_same_id_with_other_content_is_a_row_error_on_the_id()
    {
        var preview = ImportFixture.Sessions(Sessions(SessionRow("s-1"), "s-1;2024-06-10;ocw;ezk;popup;desk-visit;dms;13;180;25;8;Aan de balie"));

        Assert.Equal([(3, "id", "The id 's-1' is used on line 2 for different content.")], Errors(preview));
        Assert.Equal(new ImportCounts(2, 1, 1, 0), preview.Counts);
        Assert.False(preview.IsStorable);
    }

    [Fact]
    public void A_knowledge_contact_goes_to_a_member_or_to_an_outside_organisation()
    {
        var outside = Contact(Contacts(ContactHeader + "\n" + "k-1;2024-06-10;ocw;;Gemeente Utrecht;knowledge-session;0,5;Archiefwet;uitwisseling;\n"));
        var both = Contacts(ContactHeader + "\n" + "k-2;2024-06-10;ocw;ezk;Gemeente Utrecht;knowledge-session;0,5;Archiefwet;;\n");

        Assert.Equal(new KnowledgeContact("k-1", new DateOnly(2024, 6, 10), "ocw", null, "Gemeente Utrecht", ContactKind.KnowledgeSession, 0.5m,
            "Archiefwet", "uitwisseling"), outside);
        Assert.Equal((2, "toMemberId", "Name either a receiving member or an organisation outside the collaboration, not both."), OnlyError(both));
    }

    [Fact]
    public void Without_the_current_phase_the_file_is_checked_against_its_own_earlier_rows()
    {
        var preview = Updates(UpdateHeader + "\n"
            + "u-1;2024-06-01;archiefinkoop;ocw;tender;;;;;\n"
            + "u-2;2024-06-02;archiefinkoop;ocw;orientation;;;;;\n"
            + "u-3;2024-06-03;archiefinkoop;ocw;awarded;;;;;\n");

        Assert.Equal([(3, "phase", "A trajectory in phase Tender cannot move to Orientation.")], Errors(preview));
        Assert.Equal([2, 4], preview.Rows.Select(r => r.Line));
    }

    [Fact]
    public void With_the_current_phase_the_first_update_must_follow_it()
    {
        var preview = Updates(UpdateHeader + "\n" + "u-1;2024-06-01;archiefinkoop;ocw;tender;;;;;\n",
            currentPhase: id => id == "archiefinkoop" ? ProcurementPhase.Contracted : ProcurementPhase.NotStarted);

        Assert.Equal((2, "phase", "A trajectory in phase Contracted cannot move to Tender."), OnlyError(preview));
    }

    [Fact]
    public void An_update_that_changes_nothing_is_a_row_error() =>
        Assert.Equal((2, "phase", "An update changes the phase, an amount or the participants."),
            OnlyError(Updates(UpdateHeader + "\n" + "u-1;2024-06-01;archiefinkoop;ocw;;;;;;\n")));

    [Fact]
    public void An_update_for_an_initiative_that_is_not_a_trajectory_is_a_row_error() =>
        Assert.Equal((2, "initiativeId", "The initiative is not a joint procurement trajectory."),
            OnlyError(Updates(UpdateHeader + "\n" + "u-1;2024-06-01;popup;ocw;;1000;;;;\n")));
}
