using Bunit;
using Collab.Dashboard.Components.Charts;

namespace Collab.Tests.Components;

/// <summary>The heat map as a table: headers, a button only where there is something to choose, the choice reported.</summary>
public sealed class ChartsHeatMapTests : IDisposable
{
    private static readonly string[] Givers = ["OCW", "EZK"];
    private static readonly string[] Receivers = ["OCW", "EZK", "Extern"];
    private readonly BunitContext context = ChartsBunit.Create();

    public void Dispose() => context.Dispose();

    private IRenderedComponent<HeatMap> Render(Action<(int Row, int Column)>? selected = null, (int, int)? chosen = null) =>
        context.Render<HeatMap>(p => p
            .Add(h => h.Title, "Uitwisseling").Add(h => h.Description, "Persoonsdagen per gever en ontvanger")
            .Add(h => h.RowLabels, Givers).Add(h => h.ColumnLabels, Receivers)
            .Add(h => h.Values, new decimal[,] { { 0m, 4m, 1234.5m }, { 2m, 0m, 0m } })
            .Add(h => h.RowHeader, "Gever").Add(h => h.ColumnHeader, "Ontvanger")
            .Add(h => h.OnCellSelected, selected ?? (_ => { }))
            .Add(h => h.SelectedCell, chosen));

    [Fact]
    public void Every_cell_shows_its_number_and_only_non_zero_cells_have_a_button()
    {
        using var scope = new CultureScope("nl-NL");

        var map = Render();

        Assert.Equal("Uitwisseling", map.Find("table > caption").TextContent.Trim());
        Assert.Equal(["OCW", "EZK"], map.FindAll("tbody th[scope=row]").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Gever", "OCW", "EZK", "Extern"], map.FindAll("thead th[scope=col]").Select(h => h.TextContent.Trim()));
        var cells = map.FindAll("tbody td");
        Assert.Equal(["0", "4", "1.234,5", "2", "0", "0"], cells.Select(c => c.TextContent.Trim()));
        Assert.Equal([false, true, true, true, false, false], cells.Select(c => c.QuerySelector("button") is not null));
        Assert.All(map.FindAll("td button"), b => Assert.Equal("button", b.GetAttribute("type")));
        Assert.Contains("Hoe donkerder de cel, hoe hoger het getal.", map.Find("figcaption").TextContent);
        Assert.Equal("Gever OCW, Ontvanger Extern: 1.234,5", cells[2].QuerySelector("button")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void Choosing_a_cell_reports_its_row_and_column()
    {
        using var scope = new CultureScope("nl-NL");
        var chosen = new List<(int Row, int Column)>();

        var map = Render(chosen.Add);
        map.FindAll("td button")[1].Click();
        map.FindAll("td button")[2].Click();

        Assert.Equal([(0, 2), (1, 0)], chosen);
    }

    [Fact]
    public void The_chosen_cell_is_pressed_and_the_others_are_not()
    {
        using var scope = new CultureScope("en-GB");

        var map = Render(chosen: (0, 2));

        Assert.Equal(["false", "true", "false"], map.FindAll("td button").Select(b => b.GetAttribute("aria-pressed")));
        Assert.Equal("1,234.5", map.Find("td button[aria-pressed=true]").TextContent.Trim());
        Assert.Contains("The darker the cell, the higher the number.", map.Find("figcaption").TextContent);
    }

    [Fact]
    public void Darker_cells_get_white_text_and_zero_cells_stay_white()
    {
        using var scope = new CultureScope("nl-NL");

        var cells = Render().FindAll("tbody td");

        Assert.Contains("background-color:#FFFFFF", cells[0].GetAttribute("style"));
        Assert.Contains("color:#FFFFFF", cells[2].GetAttribute("style"));
        Assert.Contains("color:#000000", cells[1].GetAttribute("style"));
    }

    [Fact]
    public void Without_rows_the_heat_map_shows_the_empty_text_instead_of_a_table()
    {
        using var scope = new CultureScope("en-GB");

        var map = context.Render<HeatMap>(p => p
            .Add(h => h.Title, "Exchange").Add(h => h.Description, "None").Add(h => h.RowLabels, [])
            .Add(h => h.ColumnLabels, []).Add(h => h.Values, new decimal[0, 0])
            .Add(h => h.RowHeader, "Giver").Add(h => h.ColumnHeader, "Receiver"));

        Assert.Equal("No data in this period yet.", map.Find(".heatmap-empty").TextContent.Trim());
        Assert.Empty(map.FindAll("table"));
    }
}
