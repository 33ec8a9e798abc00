namespace Collab.Dashboard.Audit;

/// <summary>
/// Where the trail keeps a member's or initiative's changes: its API path (profile, targets, membership), the manage page's
/// path for the same edits, and every period's fixing and publishing (which covers all members and initiatives at once).
/// </summary>
public static class ChangeHistoryPaths
{
    public const string Periods = "/api/v1/periods";

    public static string Own(string collection, string id) => $"/api/v1/{collection}/{id}";

    public static IReadOnlyList<string> Of(string collection, string id) => [Own(collection, id), $"/beheer/{collection}/{id}", Periods];
}
