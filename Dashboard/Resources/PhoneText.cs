namespace Collab.Dashboard.Resources;

/// <summary>Marker for the texts of the layout on every screen size (header, footer, scrolling tables, live status): PhoneText.resx, PhoneText.en.resx.</summary>
public sealed class PhoneText;
