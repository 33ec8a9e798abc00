namespace Collab.Dashboard.Forms;

/// <summary>Form text as the domain wants it: trimmed, and an empty field is no value.</summary>
public static class FormText
{
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A fresh id for one registration: a retried or double-clicked submit sends the same id and counts once.</summary>
    public static string NewId() => $"form-{Guid.NewGuid():N}";
}
