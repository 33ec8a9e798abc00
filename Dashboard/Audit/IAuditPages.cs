namespace Collab.Dashboard.Audit;

/// <summary>The audit trail a page at a time, newest first: what pages read, so they never touch the store themselves.</summary>
public interface IAuditPages
{
    Task<AuditPage> ReadAsync(AuditFilter filter, AuditCursor cursor, int take);
}
