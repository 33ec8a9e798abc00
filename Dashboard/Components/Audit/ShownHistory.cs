using Collab.Dashboard.Audit;

namespace Collab.Dashboard.Components.Audit;

/// <summary>The change history lines a page showed, of which member or initiative ("members/ocw"), and where older lines start.</summary>
public sealed record ShownHistory(string Of, List<AuditEntry> Lines, long? Older);
