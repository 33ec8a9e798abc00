namespace Collab.Dashboard.Audit;

/// <summary>
/// One write, accepted or refused (BIO2 8.15.01): what was done, to what, with which result, from where, by whom, when.
/// <paramref name="Subject"/> tells two people of one role and member apart (the provider's pseudonymous <c>sub</c>), without naming them.
/// </summary>
public sealed record AuditLine(DateTimeOffset At, string Actor, string Action, string Object, string Result, string Origin, string? Subject = null)
{
    /// <summary>Longest object kept: every real path (an id is at most 64 characters) fits; a longer one is hostile and is cut.</summary>
    public const int MaxObjectLength = 200;

    /// <summary>Longest user agent kept in the origin: enough to tell a browser from a script, not a place to store a payload.</summary>
    public const int MaxUserAgentLength = 120;

    public static string Clip(string value, int max) => value.Length <= max ? value : value[..max] + "…";
}
