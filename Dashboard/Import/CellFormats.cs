using System.Globalization;
using System.Text.RegularExpressions;

namespace Collab.Dashboard.Import;

/// <summary>How a cell's text becomes a value; each parser answers the value or why the text is not one.</summary>
internal static partial class CellFormats
{
    // ISO first; then the Dutch day-month-year, which spreadsheets also write without leading zeros (5-3-2024).
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "d-M-yyyy"];

    public static bool TryInt(string text, out int value, out string? error)
    {
        value = 0;
        error = !WholeNumber().IsMatch(text) ? $"{Quote(text)} is not a whole number."
            : !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) ? $"{Quote(text)} is too large."
            : null;
        return error is null;
    }

    public static bool TryDecimal(string text, out decimal value, out string? error)
    {
        value = 0;
        // A comma is the decimal separator of Dutch spreadsheets; thousands separators are refused because 1.000 is ambiguous.
        error = !Number().IsMatch(text) ? $"{Quote(text)} is not a number; write 2.5 or 2,5, without thousands separators."
            : !decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out value) ? $"{Quote(text)} is too large."
            : null;
        // Dividing by 1.000… drops trailing zeros, so 2,50 and 2.5 are the same content.
        value /= 1.000000000000000000000000000000000m;
        return error is null;
    }

    public static bool TryDate(string text, out DateOnly value, out string? error)
    {
        var ok = DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        error = ok ? null : $"{Quote(text)} is not a date; write 2024-05-14 or 14-05-2024.";
        return ok;
    }

    public static bool TryEnum<TEnum>(string text, out TEnum value, out string? error) where TEnum : struct, Enum
    {
        var ok = EnumNames<TEnum>.TryParse(text, out value);
        error = ok ? null : $"{Quote(text)} is not one of {string.Join(", ", EnumNames<TEnum>.Names)}.";
        return ok;
    }

    /// <summary>The text as a message shows it: quoted, and cut short when long.</summary>
    public static string Quote(string text) => text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…'";

    [GeneratedRegex("^-?[0-9]+$")]
    private static partial Regex WholeNumber();

    [GeneratedRegex("^-?[0-9]+([.,][0-9]+)?$")]
    private static partial Regex Number();
}
