namespace Collab.Dashboard.Forms;

/// <summary>The three things a registrar registers, with the Dutch path segment of their form.</summary>
public enum RegistrationKind
{
    SupportSession,
    KnowledgeContact,
    ProcurementUpdate,
}

public static class RegistrationKinds
{
    public static string Slug(this RegistrationKind kind) => kind switch
    {
        RegistrationKind.SupportSession => "ondersteuning",
        RegistrationKind.KnowledgeContact => "kennisdeling",
        _ => "inkoop",
    };

    public static RegistrationKind FromSlug(string? slug) =>
        Enum.GetValues<RegistrationKind>().FirstOrDefault(k => k.Slug() == slug, RegistrationKind.SupportSession);
}
