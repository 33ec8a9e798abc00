namespace Collab.Dashboard.Resources;

/// <summary>Marker for the charts' texts: Dutch in ChartText.resx, English in ChartText.en.resx.</summary>
public sealed class ChartText;
