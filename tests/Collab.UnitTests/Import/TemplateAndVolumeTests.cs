using System.Text;
using Collab.Dashboard.Import;
using static Collab.Tests.Import.ImportFixture;

namespace Collab.Tests.Import;

/// <summary>The downloadable templates, the kinds' slugs, and files of many rows.</summary>
public sealed class TemplateAndVolumeTests
{
    [Theory]
    [InlineData(ImportKind.SupportSessions)]
    [InlineData(ImportKind.KnowledgeContacts)]
    [InlineData(ImportKind.ProcurementUpdates)]
    public void Each_templates_example_row_is_refused_as_the_example_and_reads_as_a_valid_row_once_its_id_is_changed(ImportKind kind)
    {
        var unchanged = Read(kind, CsvTemplate.For(kind), registrarOf: "ocw");
        var filledIn = Read(kind, CsvTemplate.For(kind).Replace("VOORBEELD-", "", StringComparison.Ordinal), registrarOf: "ocw");

        // Sent back as downloaded, nothing can be stored: the one row is the example, and the message says so.
        Assert.Empty(unchanged.Rows);
        Assert.False(unchanged.IsStorable);
        var refused = Assert.Single(unchanged.RowErrors);
        Assert.Equal((2, "id", "example-row"), (refused.Line, refused.Field, refused.Code));
        Assert.Contains("example row", refused.Message, StringComparison.Ordinal);
        Assert.Empty(filledIn.FileErrors);
        Assert.Empty(filledIn.RowErrors);
        Assert.Equal(2, Assert.Single(filledIn.Rows).Line);
        Assert.Equal("ocw", filledIn.Rows[0].Activity.OwnerId);
        Assert.True(filledIn.IsStorable);
    }

    [Fact]
    public void The_support_session_template_names_every_column_with_semicolons() =>
        Assert.Equal(SessionHeader, CsvTemplate.For(ImportKind.SupportSessions).Split('\n')[0]);

    [Theory]
    [InlineData(ImportKind.SupportSessions, "support-sessions")]
    [InlineData(ImportKind.KnowledgeContacts, "knowledge-contacts")]
    [InlineData(ImportKind.ProcurementUpdates, "procurement-updates")]
    public void A_kind_has_a_kebab_case_slug_that_parses_back(ImportKind kind, string slug)
    {
        Assert.Equal(slug, kind.Slug());
        Assert.True(ImportKinds.TryParse(slug.ToUpperInvariant(), out var parsed));
        Assert.Equal(kind, parsed);
    }

    [Theory]
    [InlineData("sessions")]
    [InlineData("SupportSessions")]
    [InlineData("0")]
    [InlineData(null)]
    public void Other_text_is_not_a_kind(string? slug) => Assert.False(ImportKinds.TryParse(slug, out _));

    [Fact]
    public void Ten_thousand_rows_read_in_one_go_with_exact_counts()
    {
        // 9,950 distinct rows, every hundredth dated tomorrow (99 of them), then rows 1 to 50 again as they were.
        var csv = new StringBuilder(SessionHeader).Append('\n');
        for (var i = 1; i <= 9_950; i++)
        {
            csv.Append($"s-{i};{(i % 100 == 0 ? "2024-06-15" : "2024-06-10")};ocw;ezk;popup;desk-visit;dms;{i % 50};60;;;\n");
        }

        for (var i = 1; i <= 50; i++)
        {
            csv.Append($"s-{i};2024-06-10;ocw;ezk;popup;desk-visit;dms;{i % 50};60;;;\n");
        }

        var preview = Sessions(csv.ToString());

        Assert.Empty(preview.FileErrors);
        Assert.Equal(new ImportCounts(10_000, 9_851, 99, 50), preview.Counts);
        Assert.Equal(9_851, preview.Rows.Length);
        Assert.Equal(99, preview.RowErrors.Length);
        Assert.Equal((101, "date", "The date may not be after today."), Errors(preview)[0]);
        Assert.Equal(9_901, preview.RowErrors[^1].Line); // s-9900
        Assert.Equal(9_951, preview.Rows[^1].Line);      // s-9950
    }

    [Theory]
    [InlineData(50_000, true)]
    [InlineData(50_001, false)]
    public void A_file_has_at_most_50000_rows(int rows, bool readable)
    {
        var csv = new StringBuilder("id;date;providingMemberId;hostMemberId;format;peopleHelped;durationMinutes\n");
        for (var i = 1; i <= rows; i++)
        {
            csv.Append($"s-{i};2024-06-10;ocw;ezk;online;1;30\n");
        }

        var preview = Sessions(csv.ToString());

        if (readable)
        {
            Assert.Empty(preview.FileErrors);
            Assert.Equal(new ImportCounts(50_000, 50_000, 0, 0), preview.Counts);
        }
        else
        {
            Assert.Equal(["The file has more than 50000 rows; split it into smaller files."], preview.FileErrors);
            Assert.Empty(preview.Rows);
        }
    }
}
