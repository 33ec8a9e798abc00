using Bunit;
using Collab.Dashboard.Components.Charts;

namespace Collab.Tests.Components;

/// <summary>Column and bar charts as a visitor and a screen reader meet them, in Dutch and in English.</summary>
public sealed class ChartComponentTests : IDisposable
{
    private static readonly ChartPoint[] Months = [new("jan", 1234.5m), new("feb", 20m), new("mrt", 0m)];
    private readonly BunitContext context = ChartsBunit.Create();

    public void Dispose() => context.Dispose();

    [Theory]
    [InlineData("nl-NL", "1.234,5", "Toon als tabel")]
    [InlineData("en-GB", "1,234.5", "Show as table")]
    public void The_column_chart_has_a_table_row_per_point_with_the_culture_formatted_value(string culture, string first, string summary)
    {
        using var scope = new CultureScope(culture);

        var chart = context.Render<ColumnChart>(p => p
            .Add(c => c.Title, "Sessies per maand").Add(c => c.Description, "Ondersteuningssessies in 2026")
            .Add(c => c.Points, Months).Add(c => c.ValueHeader, "Sessies"));

        var rows = chart.FindAll("details table tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["jan", "feb", "mrt"], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        Assert.Equal([first, "20", "0"], rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        Assert.Equal(summary, chart.Find("details summary").TextContent.Trim());
        Assert.Equal("Sessies", chart.FindAll("details thead th")[1].TextContent.Trim());
        Assert.Equal("Sessies per maand", chart.Find("figure > figcaption").TextContent.Trim());
    }

    [Fact]
    public void The_column_chart_svg_is_a_titled_and_described_image_with_its_values_as_text()
    {
        using var scope = new CultureScope("nl-NL");

        var chart = context.Render<ColumnChart>(p => p
            .Add(c => c.Title, "Sessies per maand").Add(c => c.Description, "Ondersteuningssessies in 2026")
            .Add(c => c.Points, Months));

        var svg = chart.Find("figure svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        var title = svg.QuerySelector(":scope > title")!;
        Assert.Equal("Sessies per maand", title.TextContent);
        Assert.Equal(title.Id, svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Ondersteuningssessies in 2026", svg.QuerySelector($"#{svg.GetAttribute("aria-describedby")}")!.TextContent);
        Assert.Contains("1.234,5", chart.FindAll("svg text.value").Select(t => t.TextContent));
        Assert.Equal(3, chart.FindAll("svg rect.column").Count);
        Assert.DoesNotContain(",", svg.GetAttribute("viewBox")!);
        Assert.All(chart.FindAll("svg rect"), r => Assert.DoesNotContain(",", r.GetAttribute("y")!));
    }

    [Theory]
    [InlineData("nl-NL", "Nog geen gegevens in deze periode.")]
    [InlineData("en-GB", "No data in this period yet.")]
    public void Without_points_both_charts_say_so_and_draw_nothing(string culture, string empty)
    {
        using var scope = new CultureScope(culture);

        var column = context.Render<ColumnChart>(p => p.Add(c => c.Title, "T").Add(c => c.Description, "D").Add(c => c.Points, []));
        var bar = context.Render<BarChart>(p => p.Add(c => c.Title, "T").Add(c => c.Description, "D").Add(c => c.Points, []));

        foreach (var chart in new[] { column.Find("figure"), bar.Find("figure") })
        {
            Assert.Equal(empty, chart.QuerySelector(".chart-empty")!.TextContent.Trim());
            Assert.Null(chart.QuerySelector("svg"));
            Assert.Null(chart.QuerySelector("table"));
        }
    }

    [Fact]
    public void Bar_labels_are_links_only_when_the_point_has_an_href()
    {
        using var scope = new CultureScope("en-GB");
        ChartPoint[] members = [new("OCW", 12m, "/members/ocw"), new("EZK", 7.25m), new("LNV", 3m, "/members/lnv")];

        var chart = context.Render<BarChart>(p => p
            .Add(c => c.Title, "Sessions per member").Add(c => c.Description, "This year")
            .Add(c => c.Points, members).Add(c => c.ValueFormat, v => v.ToString("0.00", System.Globalization.CultureInfo.CurrentCulture)));

        var labels = chart.FindAll(".bar-label");
        Assert.Equal(["OCW", "EZK", "LNV"], labels.Select(l => l.TextContent.Trim()));
        Assert.Equal(["/members/ocw", null, "/members/lnv"], labels.Select(l => l.QuerySelector("a")?.GetAttribute("href")));
        Assert.Null(chart.Find("svg").QuerySelector("a"));
        Assert.Equal("img", chart.Find("svg").GetAttribute("role"));
        Assert.Equal("Sessions per member", chart.Find("svg > title").TextContent);
        Assert.Equal(["12.00", "7.25", "3.00"], chart.FindAll("svg text.value").Select(t => t.TextContent));
        Assert.Equal(["12.00", "7.25", "3.00"], chart.FindAll("details tbody td").Select(t => t.TextContent.Trim()));
        Assert.Equal(2, chart.FindAll("details tbody th a").Count);
        Assert.Equal("Value", chart.FindAll("details thead th")[1].TextContent.Trim());
    }
}
