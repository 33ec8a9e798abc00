using Collab.Dashboard.Import;
using static Collab.Tests.Import.ImportFixture;

namespace Collab.Tests.Import;

/// <summary>In a file too, topics are a set: the same row with its topics in another order is the same registration.</summary>
public sealed class TopicOrderTests
{
    [Fact]
    public void The_same_id_with_the_same_topics_in_another_order_counts_once_in_the_file()
    {
        var preview = Sessions(SessionHeader + "\n"
            + "s-1;2024-06-10;ocw;ezk;popup;desk-visit;privacy|dms|i-babs;12;180;25;8;Aan de balie\n"
            + "s-1;2024-06-10;ocw;ezk;popup;desk-visit;dms|i-babs|privacy;12;180;25;8;Aan de balie\n");

        Assert.Empty(preview.RowErrors);
        Assert.Equal(new ImportCounts(2, 1, 0, 1), preview.Counts);
    }

    [Fact]
    public void The_same_id_with_other_topics_is_still_other_content()
    {
        var preview = Sessions(SessionHeader + "\n"
            + "s-1;2024-06-10;ocw;ezk;popup;desk-visit;privacy|dms;12;180;25;8;Aan de balie\n"
            + "s-1;2024-06-10;ocw;ezk;popup;desk-visit;dms;12;180;25;8;Aan de balie\n");

        Assert.Equal([(3, "id", "The id 's-1' is used on line 2 for different content.")], Errors(preview));
    }
}
