namespace Collab.Dashboard.Components.Charts;

/// <summary>Whether labels fit: the server cannot measure text, so a generous average glyph width decides.</summary>
public static class TextFit
{
    // Digits and most letters of system sans-serif fonts are narrower than 0.62 em.
    private const double GlyphWidth = 0.62;
    private const double Spacing = 4;

    public static double Width(string text, double fontSize) => text.Length * fontSize * GlyphWidth;

    public static bool Fits(string text, double fontSize, double room) => Width(text, fontSize) + Spacing <= room;

    /// <summary>Show every n-th label so the widest never overlaps its neighbours (1 = every label).</summary>
    public static int Every(IEnumerable<string> labels, double fontSize, double slot)
    {
        var widest = labels.Select(l => Width(l, fontSize) + Spacing).DefaultIfEmpty(0).Max();
        return slot <= 0 ? 1 : Math.Max(1, (int)Math.Ceiling(widest / slot));
    }
}
