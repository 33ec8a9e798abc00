namespace Collab.Dashboard.Resources;

/// <summary>Marker for the texts of fixed versions and open data: Dutch in PublishText.resx, English in PublishText.en.resx.</summary>
public sealed class PublishText;
