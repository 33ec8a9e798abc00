namespace Collab.Contracts.Activities;

/// <summary>
/// One kind of registration as every layer names it: the API's resource segment (also the import's file kind) and the
/// JSON field of the member whose registration it is.
/// </summary>
public sealed record ActivityKind(string Slug, string OwnerField)
{
    public static readonly ActivityKind SupportSessions = new("support-sessions", "providingMemberId");
    public static readonly ActivityKind KnowledgeContacts = new("knowledge-contacts", "fromMemberId");
    public static readonly ActivityKind ProcurementUpdates = new("procurement-updates", "registeredByMemberId");

    public static IReadOnlyList<ActivityKind> All { get; } = [SupportSessions, KnowledgeContacts, ProcurementUpdates];

    public static ActivityKind Of(IActivity activity) => activity switch
    {
        SupportSession => SupportSessions,
        KnowledgeContact => KnowledgeContacts,
        ProcurementUpdate => ProcurementUpdates,
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity.GetType().Name, "Not a registrable activity."),
    };

    /// <summary>The address a registration of this kind is read back at, also its object in the audit trail.</summary>
    public string PathOf(string? id) => $"/api/v1/{Slug}/{Uri.EscapeDataString(id ?? string.Empty)}";
}
