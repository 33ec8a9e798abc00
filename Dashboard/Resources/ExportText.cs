namespace Collab.Dashboard.Resources;

/// <summary>Marker for the texts of links and downloads: Dutch in ExportText.resx, English in ExportText.en.resx.</summary>
public sealed class ExportText;
