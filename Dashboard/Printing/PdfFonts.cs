using SkiaSharp;

namespace Collab.Dashboard.Printing;

/// <summary>
/// The PDF's typefaces, read from the machine's DejaVu fonts (Debian's fonts-dejavu-core, which Chromium and fontconfig already
/// pull in) and embedded by Skia as subsets: nothing is downloaded, and the PDF reads alike everywhere.
/// </summary>
public static class PdfFonts
{
    public static readonly IReadOnlyList<string> Folders =
        ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/local/share/fonts", "/Library/Fonts", @"C:\Windows\Fonts"];

    private static readonly Lazy<(SKTypeface Regular, SKTypeface Bold)> Faces = new(Load);

    public static SKTypeface Regular => Faces.Value.Regular;

    public static SKTypeface Bold => Faces.Value.Bold;

    private static (SKTypeface, SKTypeface) Load() => (Find("DejaVuSans.ttf"), Find("DejaVuSans-Bold.ttf"));

    private static SKTypeface Find(string file) =>
        Folders.Select(f => Path.Combine(f, file)).Where(File.Exists).Select(SKTypeface.FromFile).FirstOrDefault(t => t is not null)
        ?? throw new InvalidOperationException($"The report's PDF needs the font {file} (Debian: apt-get install fonts-dejavu-core); looked in {string.Join(", ", Folders)}.");
}
