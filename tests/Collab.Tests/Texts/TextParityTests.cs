using System.Text.RegularExpressions;
using Collab.Contracts.Registrations;
using Collab.Dashboard.Import;
using Collab.Tests.Support;

namespace Collab.Tests.Texts;

/// <summary>Every text exists in Dutch and in English, and every rule code the code can answer has a message in both.</summary>
public sealed partial class TextParityTests
{
    public static TheoryData<string> Resources => ["SharedResource", "ChartText", "PhoneText", "PagesText"];

    [Theory]
    [MemberData(nameof(Resources))]
    public void Each_resource_has_the_same_keys_in_Dutch_and_English_and_no_empty_text(string name)
    {
        var dutch = RepositoryFiles.Resx($"Dashboard/Resources/{name}.resx");
        var english = RepositoryFiles.Resx($"Dashboard/Resources/{name}.en.resx");

        // One text per key: with a key written twice, which text shows depends on the resource reader.
        Assert.Empty(RepositoryFiles.ResxKeys($"Dashboard/Resources/{name}.resx").GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(RepositoryFiles.ResxKeys($"Dashboard/Resources/{name}.en.resx").GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(dutch.Keys.Except(english.Keys));
        Assert.Empty(english.Keys.Except(dutch.Keys));
        Assert.Empty(dutch.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
        Assert.Empty(english.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key));
        // The same placeholders on both sides: a translation never drops a number the message needs.
        Assert.Empty(dutch.Where(t => Placeholders(t.Value) != Placeholders(english[t.Key])).Select(t => t.Key));
    }

    [Fact]
    public void Every_rule_code_in_the_code_has_a_message_in_both_languages()
    {
        var shared = (Dutch: RepositoryFiles.Resx("Dashboard/Resources/SharedResource.resx"), English: RepositoryFiles.Resx("Dashboard/Resources/SharedResource.en.resx"));
        var pages = (Dutch: RepositoryFiles.Resx("Dashboard/Resources/PagesText.resx"), English: RepositoryFiles.Resx("Dashboard/Resources/PagesText.en.resx"));
        var codes = RuleCodes().ToList();

        // Many rules, not a pattern that found nothing.
        Assert.True(codes.Count >= 30, $"only {codes.Count} codes found");
        var missing = codes.Where(c => !(shared.Dutch.ContainsKey($"FieldError_{c}") && shared.English.ContainsKey($"FieldError_{c}"))
            && !(pages.Dutch.ContainsKey($"ImportError_{c}") && pages.English.ContainsKey($"ImportError_{c}")));
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_import_column_is_named_by_a_form_label_in_both_languages()
    {
        var dutch = RepositoryFiles.Resx("Dashboard/Resources/SharedResource.resx");
        var english = RepositoryFiles.Resx("Dashboard/Resources/SharedResource.en.resx");
        var headers = Enum.GetValues<ImportKind>().SelectMany(k => CsvTemplate.For(k).Split('\n')[0].Split(';')).Distinct().Where(c => c != "id");

        var unnamed = headers.Where(c => ImportFieldLabels.KeyOf(c) is not { } key || !dutch.ContainsKey(key) || !english.ContainsKey(key)).ToList();
        Assert.True(unnamed.Count == 0, "columns without a label: " + string.Join(", ", unnamed));
    }

    /// <summary>The codes the rules and the import answer with: every typed code, and a kebab-case literal right before an English message.</summary>
    private static IEnumerable<string> RuleCodes()
    {
        var sources = new[] { "Silo/Contracts", "Dashboard" }
            .SelectMany(d => Directory.EnumerateFiles(RepositoryFiles.PathOf(d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var found = sources.SelectMany(f => File.ReadLines(f)
            // A RowError names its field before the message; its code comes last and is in ImportMessages.Codes.
            .Where(line => !line.Contains("new RowError(", StringComparison.Ordinal))
            .SelectMany(line => CodeBeforeMessage().Matches(line).Select(m => m.Groups[1].Value)));
        // The rules' typed codes, by the names their texts are keyed on.
        var typed = Enum.GetValues<FieldErrorCode>().Select(c => c.Name());
        return found.Concat(ImportMessages.Codes).Concat(typed).Distinct();
    }

    private static string Placeholders(string text) => string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal));

    [GeneratedRegex("\"([a-z]+(?:-[a-z]+)*)\",\\s*\\$?\"[A-Z][a-z ]")]
    private static partial Regex CodeBeforeMessage();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
