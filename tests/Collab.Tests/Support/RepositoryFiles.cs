using System.Xml.Linq;

namespace Collab.Tests.Support;

/// <summary>Files of the repository the tests run from, found by walking up to the solution file.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>The texts of one resx file by key (a key written twice counts once; <see cref="ResxKeys"/> shows it).</summary>
    public static IReadOnlyDictionary<string, string> Resx(string relative) =>
        XDocument.Load(PathOf(relative)).Root!.Elements("data")
            .GroupBy(d => (string)d.Attribute("name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (string?)g.First().Element("value") ?? string.Empty, StringComparer.Ordinal);

    /// <summary>Every key of one resx file as written, twice if written twice.</summary>
    public static IReadOnlyList<string> ResxKeys(string relative) =>
        [.. XDocument.Load(PathOf(relative)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollabDashboard.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests do not run inside the repository.");
    }
}
