namespace Collab.Dashboard.Resources;

/// <summary>Marker for the audit trail's texts (the /audit page and every change history): Dutch in AuditText.resx, English in AuditText.en.resx.</summary>
public sealed class AuditText;
