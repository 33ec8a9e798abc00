namespace Collab.Dashboard.Components.Charts;

/// <summary>One labelled figure of a chart; with an Href its label leads to the details behind the figure.</summary>
public sealed record ChartPoint(string Label, decimal Value, string? Href = null);
