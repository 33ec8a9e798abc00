using System.Text.RegularExpressions;
using Collab.Tests.Support;

namespace Collab.Tests.Texts;

/// <summary>The English texts of the dashboard, in fragments between placeholders, that must never show on a Dutch page.</summary>
public static partial class EnglishTexts
{
    private const int ShortestFragment = 12;

    public static IReadOnlyList<string> Fragments { get; } = Load();

    private static List<string> Load()
    {
        var fragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { "SharedResource", "ChartText", "PhoneText", "PagesText" })
        {
            var dutch = RepositoryFiles.Resx($"Dashboard/Resources/{name}.resx");
            foreach (var (key, english) in RepositoryFiles.Resx($"Dashboard/Resources/{name}.en.resx"))
            {
                var same = dutch.GetValueOrDefault(key) ?? string.Empty;
                foreach (var part in Placeholder().Split(english).Select(p => p.Trim(' ', '.', ',', ':', ';', '(', ')')))
                {
                    // A fragment the Dutch text shares (names, codes) is not English.
                    if (part.Length >= ShortestFragment && !same.Contains(part, StringComparison.Ordinal))
                    {
                        fragments.Add(part);
                    }
                }
            }
        }

        return [.. fragments];
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
