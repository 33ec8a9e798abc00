using Collab.Contracts.Activities;

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
    public static string Slug(this ImportKind kind) => kind.Activity().Slug;

    /// <summary>The activity kind a file of this kind holds.</summary>
    public static ActivityKind Activity(this ImportKind kind) => kind switch
    {
        ImportKind.SupportSessions => ActivityKind.SupportSessions,
        ImportKind.KnowledgeContacts => ActivityKind.KnowledgeContacts,
        ImportKind.ProcurementUpdates => ActivityKind.ProcurementUpdates,
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
