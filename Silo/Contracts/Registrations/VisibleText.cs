using System.Globalization;
using System.Text;

namespace Collab.Contracts.Registrations;

/// <summary>Text that reads as it is stored: no direction overrides, and something a reader can see.</summary>
public static class VisibleText
{
    // Blank letters and symbols that render as nothing (Hangul fillers, the braille blank).
    private static readonly HashSet<int> Blanks = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800];

    /// <summary>Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069) make text display in another order than stored.</summary>
    public static bool HasBidiControl(string value) =>
        value.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') >= 0 || value.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') >= 0;

    /// <summary>True when every character is whitespace, a format character (zero-width and the like), a control, a lone mark or a blank.</summary>
    public static bool IsInvisible(string value)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            var invisible = Rune.IsWhiteSpace(rune) || Blanks.Contains(rune.Value) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format
                or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
            if (!invisible)
            {
                return false;
            }
        }

        return true;
    }
}
