namespace Collab.Dashboard.Resources;

/// <summary>Marker for the texts of the site pages (accessibility statement, privacy, contact, not found): PagesText.resx, PagesText.en.resx.</summary>
public sealed class PagesText;
