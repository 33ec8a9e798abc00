using System.Globalization;

namespace Collab.Dashboard.Components.Charts;

/// <summary>Numbers for people in the reader's culture, numbers for SVG in the one culture SVG understands.</summary>
public static class ChartFormat
{
    /// <summary>The default value format: grouped, at most two decimals ("1.234,5" in Dutch, "1,234.5" in English).</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    /// <summary>An SVG coordinate; a Dutch decimal comma would break the drawing.</summary>
    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>An SVG length as a percentage of the drawing, for fraction 0 to 1.</summary>
    public static string Percent(double fraction) => Svg(fraction * 100) + "%";
}
