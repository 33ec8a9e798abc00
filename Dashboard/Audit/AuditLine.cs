namespace Collab.Dashboard.Audit;

/// <summary>
/// One write, accepted or refused (BIO2 8.15.01): what was done, to what, with which result, from where, by whom, when.
/// <paramref name="Subject"/> tells two people of one role and member apart (the provider's pseudonymous <c>sub</c>), without naming them.
/// </summary>
public sealed record AuditLine(DateTimeOffset At, string Actor, string Action, string Object, string Result, string Origin, string? Subject = null);
