namespace Collab.Dashboard.Components.Pages.Site;

/// <summary>The addresses of the pages every footer links to.</summary>
public static class SitePages
{
    public const string Accessibility = "/toegankelijkheid";
    public const string Privacy = "/privacy";
    public const string Contact = "/contact";
    public const string NotFound = "/not-found";
}
