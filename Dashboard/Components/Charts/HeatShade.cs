using System.Globalization;

namespace Collab.Dashboard.Components.Charts;

/// <summary>A heat map cell's colours: light to dark blue by share of the largest value, text black or white.</summary>
public readonly record struct HeatShade(string Background, string Text)
{
    private const string Black = "#000000";
    private const string White = "#FFFFFF";
    private static readonly (double R, double G, double B) Lightest = (0xE8, 0xF1, 0xFB);
    private static readonly (double R, double G, double B) Darkest = (0x0A, 0x2E, 0x4A);

    // Even the smallest non-zero figure is visibly tinted, so it never looks like an empty cell.
    private const double FirstStep = 0.12;

    public static HeatShade Zero { get; } = new(White, Black);

    public static HeatShade For(decimal value, decimal max)
    {
        if (value <= 0m || max <= 0m)
        {
            return Zero;
        }

        var share = (double)Math.Min(value / max, 1m);
        var t = FirstStep + ((1 - FirstStep) * share);
        var background = Hex(Mix(Lightest.R, Darkest.R, t), Mix(Lightest.G, Darkest.G, t), Mix(Lightest.B, Darkest.B, t));
        // Black or white, whichever contrasts more, is at least 4.58:1 on any background: WCAG AA.
        var text = Contrast(background, White) >= Contrast(background, Black) ? White : Black;
        return new HeatShade(background, text);
    }

    /// <summary>The CSS for a cell: background and text colour.</summary>
    public string Style => $"background-color:{Background};color:{Text}";

    /// <summary>The WCAG contrast ratio of two #RRGGBB colours, from 1 to 21.</summary>
    public static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>The WCAG relative luminance of a #RRGGBB colour, from 0 (black) to 1 (white).</summary>
    public static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    private static int Mix(double from, double to, double t) => (int)Math.Round(from + ((to - from) * t));

    private static string Hex(int r, int g, int b) => string.Create(CultureInfo.InvariantCulture, $"#{r:X2}{g:X2}{b:X2}");
}
