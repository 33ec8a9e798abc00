using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Views.Report;
using static Collab.Tests.Views.Report.ReportSamples;

namespace Collab.Tests.Views.Report;

/// <summary>
/// Every number in every summary sentence is one of the report's own figures: each cited figure equals a figure somewhere in
/// the report model (collected here by walking the model, not through the summary code), and once the cited figures and the
/// named periods, months and dates are taken out of the written sentence, no digit is left.
/// </summary>
public sealed partial class SummaryTraceabilityTests
{
    public static TheoryData<string> Cultures => ["nl-NL", "en-GB"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_number_in_the_summary_is_a_figure_of_the_report(string cultureName)
    {
        var culture = new CultureInfo(cultureName);
        var model = Q2();
        var figures = FiguresIn(model);
        var sentences = SummaryRules.Write(model);
        Assert.True(sentences.Length >= 9, "The sample should make every rule speak.");

        foreach (var sentence in sentences)
        {
            In(culture, f =>
            {
                var text = f.Sentence(sentence);
                foreach (var figure in sentence.Figures)
                {
                    Assert.True(figures.Contains(figure.Value), $"{sentence.Key} cites {figure.Value}, which is no figure of the report.");
                    Assert.Contains(f.Figure(figure), text, StringComparison.Ordinal);
                }

                // Longest first, so "10,0" goes before a "10" inside it.
                var named = sentence.Figures.Select(f.Figure).Concat(sentence.Args.Select(a => a switch
                {
                    PeriodArg p => f.Period(p.Period),
                    MonthArg m => f.Month(m.Month),
                    DateArg d => f.Date(d.Date),
                    _ => null,
                }).OfType<string>()).OrderByDescending(s => s.Length);
                var rest = named.Aggregate(text, (t, n) => t.Replace(n, " ", StringComparison.Ordinal));
                Assert.False(Digit().IsMatch(rest), $"\"{text}\" has a number that is not one of its cited figures: {rest}");
                return 0;
            });
        }
    }

    /// <summary>Every number the model holds: decimals and whole numbers of its records, including computed ones such as changes and the monthly average.</summary>
    private static HashSet<decimal> FiguresIn(object model)
    {
        var found = new HashSet<decimal>();
        Walk(model, found);
        return found;
    }

    private static void Walk(object? value, HashSet<decimal> found)
    {
        switch (value)
        {
            case null or string or DateOnly or YearMonth or Period or Enum:
                return;
            case decimal d:
                found.Add(d);
                return;
            case int i:
                found.Add(i);
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Walk(item, found);
                }

                return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            Walk(property.GetValue(value), found);
        }
    }

    [GeneratedRegex("[0-9]")]
    private static partial Regex Digit();
}
