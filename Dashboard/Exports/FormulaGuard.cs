namespace Collab.Dashboard.Exports;

/// <summary>
/// Text that a spreadsheet would run as a formula (OWASP "CSV injection"): a value typed into the import, such as an outside
/// organisation "=HYPERLINK(...)", must come back as the text it is.
/// </summary>
public static class FormulaGuard
{
    public static bool IsRisky(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>For CSV, where every cell is text until a spreadsheet reads it: a leading apostrophe keeps it text.</summary>
    public static string ForCsv(string text) => IsRisky(text) ? "'" + text : text;
}
