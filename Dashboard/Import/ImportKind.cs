namespace Collab.Dashboard.Import;

/// <summary>What one CSV file holds: rows of one activity kind.</summary>
public enum ImportKind
{
    SupportSessions,
    KnowledgeContacts,
    ProcurementUpdates,
}

/// <summary>The kind as URLs and file names spell it: <c>support-sessions</c>, <c>knowledge-contacts</c>, <c>procurement-updates</c>.</summary>
public static class ImportKinds
{
    public static string Slug(this ImportKind kind) => kind switch
    {
        ImportKind.SupportSessions => "support-sessions",
        ImportKind.KnowledgeContacts => "knowledge-contacts",
        ImportKind.ProcurementUpdates => "procurement-updates",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? slug, out ImportKind kind)
    {
        foreach (var candidate in Enum.GetValues<ImportKind>())
        {
            if (string.Equals(slug, candidate.Slug(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
