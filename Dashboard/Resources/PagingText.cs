namespace Collab.Dashboard.Resources;

/// <summary>Marker for the pager's texts: Dutch in PagingText.resx, English in PagingText.en.resx.</summary>
public sealed class PagingText;
