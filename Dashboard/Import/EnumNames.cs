using System.Collections.Frozen;
using System.Text.Json;

namespace Collab.Dashboard.Import;

/// <summary>An enum's values by the API's kebab-case name (pop-up-store) and by their C# name (PopUpStore), without case.</summary>
internal static class EnumNames<TEnum> where TEnum : struct, Enum
{
    /// <summary>The names the API writes, in declaration order.</summary>
    public static readonly IReadOnlyList<string> Names =
        [.. Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()))];

    // Not Enum.TryParse: that also takes numbers ("3") and comma lists, which a CSV cell should not mean.
    private static readonly FrozenDictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
        .SelectMany(v => new[] { (Name: v.ToString(), Value: v), (Name: JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), Value: v) })
        .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);

    public static bool TryParse(string text, out TEnum value) => ByName.TryGetValue(text.Trim(), out value);
}
