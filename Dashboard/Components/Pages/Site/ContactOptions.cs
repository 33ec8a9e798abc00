namespace Collab.Dashboard.Components.Pages.Site;

/// <summary>Who answers questions about the dashboard (section <c>Contact</c>); the defaults are placeholders to replace per installation.</summary>
public sealed class ContactOptions
{
    public const string Section = "Contact";

    public string Organisation { get; set; } = "Samenwerking DIV OCW, EZ en LVVN (voorbeeld)";

    public string Address { get; set; } = "Postbus 00000, 2500 AA Den Haag (voorbeeldadres)";

    public string Email { get; set; } = "div-samenwerking@example.nl";
}
