namespace Collab.Dashboard.Resources;

/// <summary>Marker for the MT report's texts: Dutch in ReportText.resx, English in ReportText.en.resx.</summary>
public sealed class ReportText;
