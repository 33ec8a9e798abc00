namespace Collab.Dashboard.Components.Charts;

/// <summary>One labelled figure of a chart; with an Href its label leads to the details behind the figure; Before is the same figure a year earlier.</summary>
public sealed record ChartPoint(string Label, decimal Value, string? Href = null, decimal? Before = null);
