namespace Collab.Dashboard.Resources;

/// <summary>Marker for the dashboard's texts: Dutch in SharedResource.resx, English in SharedResource.en.resx.</summary>
public sealed class SharedResource;
