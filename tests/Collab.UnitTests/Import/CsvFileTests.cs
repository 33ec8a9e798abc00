using System.Text;
using Collab.Contracts.Activities;
using Collab.Dashboard.Import;
using static Collab.Tests.Import.ImportFixture;

namespace Collab.Tests.Import;

/// <summary>What a file looks like on the outside: separators, byte order mark, quoting, encoding, blank lines and the header.</summary>
public sealed class CsvFileTests
{
    private static readonly SupportSession Expected = new(
        "s-1", new DateOnly(2024, 6, 10), "ocw", "ezk", "popup", SupportFormat.DeskVisit, default, 12, 180, 25, 8, "Aan de balie");

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public void A_file_separated_by_semicolons_or_commas_reads_every_cell(char separator)
    {
        var csv = (SessionHeader + "\r\n" + "s-1;2024-06-10;ocw;ezk;popup;desk-visit;dms|i-babs;12;180;25;8;Aan de balie\r\n")
            .Replace(';', separator);

        var preview = Sessions(csv);

        Assert.Empty(preview.FileErrors);
        Assert.Empty(preview.RowErrors);
        Assert.True(preview.IsStorable);
        Assert.Equal(2, Assert.Single(preview.Rows).Line);
        var session = Session(preview);
        Assert.Equal(Expected, session with { Topics = default });
        Assert.Equal([SupportTopic.Dms, SupportTopic.IBabs], session.Topics);
        Assert.Equal(new ImportCounts(1, 1, 0, 0), preview.Counts);
    }

    [Fact]
    public void A_header_with_semicolons_and_commas_is_read_with_semicolons() =>
        Assert.Equal(["Unknown column 'opmerking, intern'. Check the names against the template, and use ';' or ',' as the separator (this file was read with ';')."],
            Sessions(SessionHeader + ";opmerking, intern\n" + SessionRow("s-1") + ";x\n").FileErrors);

    [Fact]
    public void A_semicolon_in_the_header_wins_so_commas_stay_inside_cells() =>
        Assert.Equal("Woo, Archiefwet", Session(Sessions(SessionHeader + "\n" + "s-1;2024-06-10;ocw;ezk;;workshop;;3;60;;;Woo, Archiefwet\n")).Note);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_utf8_file_reads_the_same_with_or_without_a_byte_order_mark(bool bom)
    {
        byte[] text = Encoding.UTF8.GetBytes(SessionHeader + "\n" + SessionRow("s-1") + " ën café\n");
        using var stream = new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. text] : text);

        var preview = await CsvImportReader.ReadAsync(ImportKind.SupportSessions, stream, Known, Today, _ => null,
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(preview.FileErrors);
        var session = Session(preview);
        Assert.Equal("s-1", session.Id);
        Assert.Equal("Aan de balie ën café", session.Note);
    }

    [Fact]
    public async Task A_file_over_the_one_import_limit_of_8_MB_is_refused_before_it_is_parsed_and_one_at_the_limit_is_read()
    {
        var header = Encoding.UTF8.GetBytes(SessionHeader + "\n");
        var atLimit = new byte[8 * 1024 * 1024];
        header.CopyTo(atLimit, 0);
        atLimit.AsSpan(header.Length).Fill((byte)'\n');

        var over = await CsvImportReader.ReadAsync(ImportKind.SupportSessions, new MemoryStream([.. atLimit, (byte)'\n']), Known, Today, _ => null,
            cancellationToken: TestContext.Current.CancellationToken);
        var at = await CsvImportReader.ReadAsync(ImportKind.SupportSessions, new MemoryStream(atLimit), Known, Today, _ => null,
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["The file is larger than 8 MB; split it into smaller files."], over.FileErrors);
        Assert.DoesNotContain(at.FileErrors, e => e.Contains("larger than", StringComparison.Ordinal));
    }

    [Fact]
    public void Quoted_cells_keep_the_separator_and_doubled_quotes()
    {
        var preview = Sessions(SessionHeader + "\n" + "s-1;2024-06-10;ocw;ezk;;helpdesk;;3;60;;;\"Woo; Archiefwet; \"\"nieuw\"\"\"\n");

        Assert.Equal("Woo; Archiefwet; \"nieuw\"", Session(preview).Note);
    }

    [Fact]
    public void A_line_break_inside_quotes_stays_in_the_cell_and_later_rows_keep_their_line_numbers()
    {
        var preview = Sessions(SessionHeader + "\n"
            + "s-1;2024-06-10;ocw;ezk;;helpdesk;;3;60;;;\"eerste regel\ntweede regel\"\n"
            + SessionRow("s-2") + "\n");

        // The whole note reached the validator, which refuses the line break; the row after it starts on line 4.
        Assert.Equal([(2, "note", "Control characters are not allowed.")], Errors(preview));
        Assert.Equal(4, Assert.Single(preview.Rows).Line);
        Assert.Equal(new ImportCounts(2, 1, 1, 0), preview.Counts);
    }

    [Fact]
    public void Blank_lines_and_lines_of_separators_only_are_skipped_but_counted_as_lines()
    {
        var preview = Sessions(SessionHeader + "\n\n" + SessionRow("s-1") + "\n;;;;;;;;;;;\n  \n" + SessionRow("s-2") + "\n\n");

        Assert.Empty(preview.RowErrors);
        Assert.Equal([3, 6], preview.Rows.Select(r => r.Line));
        Assert.Equal(new ImportCounts(2, 2, 0, 0), preview.Counts);
    }

    [Fact]
    public void Columns_come_in_any_order_and_case_and_optional_ones_may_be_left_out()
    {
        var session = Session(Sessions("DurationMinutes;FORMAT;hostmemberid;date;id;providingMemberId;peopleHelped\n"
            + "90;PopUpStore;ezk;2024-06-10;s-1;ocw;40\n"));

        Assert.Equal(new SupportSession("s-1", new DateOnly(2024, 6, 10), "ocw", "ezk", null, SupportFormat.PopUpStore, default, 40, 90, 0, null),
            session with { Topics = default });
        Assert.Empty(session.Topics);
    }

    [Fact]
    public void Missing_required_columns_are_one_file_error_naming_them()
    {
        var preview = Sessions("id;date;providingMemberId;hostMemberId;format;note\n" + "s-1;2024-06-10;ocw;ezk;workshop;x\n");

        Assert.Equal(["Missing required columns 'peopleHelped', 'durationMinutes'."], preview.FileErrors);
        Assert.Empty(preview.Rows);
        Assert.Empty(preview.RowErrors);
        Assert.False(preview.IsStorable);
    }

    [Fact]
    public void An_unknown_column_is_a_file_error_naming_it()
    {
        var preview = Sessions(SessionHeader + ";remark\n" + SessionRow("s-1") + ";x\n");

        Assert.Equal(["Unknown column 'remark'. Check the names against the template, and use ';' or ',' as the separator (this file was read with ';')."],
            preview.FileErrors);
        Assert.False(preview.IsStorable);
    }

    [Fact]
    public void With_another_separator_the_whole_header_is_one_unknown_column()
    {
        var preview = Sessions(SessionHeader.Replace(';', '\t') + "\n" + SessionRow("s-1").Replace(';', '\t') + "\n");

        Assert.Equal(2, preview.FileErrors.Length);
        Assert.StartsWith("Unknown column 'id\tdate\tprovidingMemberId\thostMemberId\ti…'.", preview.FileErrors[0]);
        Assert.Contains("use ';' or ','", preview.FileErrors[0]);
        Assert.StartsWith("Missing required columns 'id', 'date', ", preview.FileErrors[1]);
    }

    [Fact]
    public void A_quoted_header_separated_by_commas_is_read_with_commas() =>
        Assert.Equal("s-1", Session(Sessions("\"" + SessionHeader.Replace(";", "\",\"") + "\"\n" + SessionRow("s-1").Replace(';', ',') + "\n")).Id);

    [Fact]
    public void An_unclosed_quote_swallows_the_rest_of_the_file_and_is_a_file_error_with_its_line()
    {
        var preview = Sessions(SessionHeader + "\n" + SessionRow("s-1") + "\n"
            + "s-2;2024-06-10;ocw;ezk;;helpdesk;;3;60;;;\"begint maar eindigt niet\n" + SessionRow("s-3") + "\n");

        Assert.Equal(["Line 3: a quote opens a cell that is never closed, so the rest of the file cannot be read. Close the quote, or write a quote inside a cell as \"\"."],
            preview.FileErrors);
        Assert.Empty(preview.Rows);
        Assert.False(preview.IsStorable);
    }

    [Fact]
    public void A_stray_quote_is_a_row_error_and_the_rows_after_it_are_read()
    {
        var preview = Sessions(SessionHeader + "\n" + "s-1;2024-06-10;ocw;ezk;;helpdesk;;3;60;;;een \"quote\" erin\n" + SessionRow("s-2") + "\n");

        Assert.Equal([(2, RowError.WholeRow,
            "This row is not valid CSV: a quote inside a cell that does not start with one; put the cell in quotes and write a quote inside it as \"\".")],
            Errors(preview));
        Assert.Null(Assert.Single(preview.RowErrors).Id);
        Assert.Equal(3, Assert.Single(preview.Rows).Line);
        Assert.Equal(new ImportCounts(2, 1, 1, 0), preview.Counts);
    }

    [Fact]
    public void A_row_with_more_cells_than_the_header_is_a_row_error() =>
        Assert.Equal((2, RowError.WholeRow, "This row is not valid CSV: the row has a different number of cells than the header."),
            OnlyError(Sessions(SessionHeader + "\n" + SessionRow("s-1") + ";extra\n")));

    [Fact]
    public void A_broken_header_is_a_file_error()
    {
        var preview = Sessions("id;da\"te;providingMemberId\n" + SessionRow("s-1") + "\n");

        Assert.Equal(["The header (line 1) is not valid CSV: a quote inside a cell that does not start with one; put the cell in quotes and write a quote inside it as \"\"."],
            preview.FileErrors);
    }

    [Fact]
    public void Windows_1252_bytes_are_a_file_error_naming_their_line()
    {
        // "café" as Excel's "CSV (separated by semicolons)" saves it: é is the single byte 0xE9, not UTF-8.
        byte[] csv = [.. Encoding.UTF8.GetBytes(SessionHeader + "\r\n" + SessionRow("s-1") + "\r\n" + SessionRow("s-2") + " caf"), 0xE9, .. "\r\n"u8];

        var preview = Read(ImportKind.SupportSessions, csv);

        Assert.Equal(["The file is not UTF-8 (line 3). Save it as 'CSV UTF-8' and try again."], preview.FileErrors);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public void A_cell_of_4001_characters_is_a_row_error_on_its_column()
    {
        var preview = Sessions(SessionHeader + "\n" + "s-1;2024-06-10;ocw;ezk;;helpdesk;;3;60;;;" + new string('é', 4001) + "\n");

        Assert.Equal((2, "note", "The cell has 4001 characters; at most 4000 are allowed."), OnlyError(preview));
    }

    [Fact]
    public void A_cell_of_4000_characters_is_read_and_left_to_the_validator() =>
        Assert.Equal((2, "note", "At most 500 characters."),
            OnlyError(Sessions(SessionHeader + "\n" + "s-1;2024-06-10;ocw;ezk;;helpdesk;;3;60;;;" + new string('é', 4000) + "\n")));

    [Fact]
    public void An_empty_file_is_a_file_error() =>
        Assert.Equal(["The file is empty: the first line names the columns, the lines after it hold the rows."], Sessions("").FileErrors);

    [Fact]
    public void A_header_without_rows_has_nothing_to_store()
    {
        var preview = Sessions(SessionHeader + "\n");

        Assert.Empty(preview.FileErrors);
        Assert.Empty(preview.RowErrors);
        Assert.Equal(ImportCounts.None, preview.Counts);
        Assert.False(preview.IsStorable);
    }

    [Fact]
    public void A_trailing_separator_adds_a_nameless_column_that_must_stay_empty()
    {
        var preview = Sessions(SessionHeader + ";\n" + SessionRow("s-1") + ";\n" + SessionRow("s-2") + ";vergeten kolom\n");

        Assert.Equal([(3, RowError.WholeRow, "Column 13 has no name in the header but has a value in this row.")], Errors(preview));
        Assert.Equal(2, Assert.Single(preview.Rows).Line);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData(";;;")]
    [InlineData("\uFEFF")]
    [InlineData("\r\n\r\n")]
    [InlineData("\0\0\0")]
    [InlineData("id\n\"")]
    [InlineData("id;date\n;\"\n\"")]
    public void Hostile_files_give_errors_not_exceptions(string csv) =>
        Assert.False(Sessions(csv).IsStorable);
}
