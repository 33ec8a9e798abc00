using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Views.Report;

/// <summary>How the report writes figures, periods and sentences in its language: the page, the print and the PDF read alike.</summary>
public sealed class ReportFormat(IStringLocalizer<ReportText> text, CultureInfo culture)
{
    public CultureInfo Culture => culture;

    public bool English => culture.TwoLetterISOLanguageName == "en";

    public string this[string key] => text[key];

    public string this[string key, params object[] args] => text[key, args];

    public string Figure(decimal value, FigureFormat format) => format switch
    {
        FigureFormat.OneDecimal => value.ToString("N1", culture),
        FigureFormat.TwoDecimals => value.ToString("N2", culture),
        // A no-break space keeps "€" with its amount when a sentence wraps.
        FigureFormat.Euros => Formats.Euros(value, culture).Replace(' ', '\u00A0'),
        FigureFormat.SignedPercent => Change(value),
        _ => value.ToString("N0", culture),
    };

    public string Figure(Contracts.Initiatives.Indicator indicator, decimal value) => Figure(FigureArg.Of(indicator, value));

    public string Figure(FigureArg figure) => Figure(figure.Value, figure.Format);

    /// <summary>A change as a signed whole percent ("+25%"), or a dash when there was nothing to compare with.</summary>
    public string Change(decimal? fraction) => fraction switch
    {
        null => "–",
        0 => Math.Abs(0m).ToString("P0", culture),
        > 0 => "+" + fraction.Value.ToString("P0", culture),
        _ => "-" + Math.Abs(fraction.Value).ToString("P0", culture),
    };

    /// <summary>"juni 2019", "Q2 2019", "2019", or "jan 2019 – mei 2019" for any other run of months.</summary>
    public string Period(Period p)
    {
        if (p.Months == 1)
        {
            return p.From.FirstDay.ToString("MMMM yyyy", culture);
        }

        if (p.Months == 3 && p.From.Month % 3 == 1)
        {
            return text["PeriodQuarter", (p.From.Month + 2) / 3, p.From.Year];
        }

        return p.Months == 12 && p.From.Month == 1
            ? p.From.Year.ToString(CultureInfo.InvariantCulture)
            : $"{p.From.FirstDay.ToString("MMM yyyy", culture)} – {p.To.FirstDay.ToString("MMM yyyy", culture)}";
    }

    /// <summary>A period short enough for a table's header: "sep 2026" for one month, else as <see cref="Period(Contracts.Indicators.Period)"/>.</summary>
    public string ShortPeriod(Period p) => p.Months == 1 ? p.From.FirstDay.ToString("MMM yyyy", culture) : Period(p);

    /// <summary>A month as the sessions chart labels it: "jun 2025".</summary>
    public string ChartMonth(YearMonth m) => m.FirstDay.ToString("MMM yyyy", culture);

    public string Month(YearMonth m) => m.FirstDay.ToString("MMMM yyyy", culture);

    public string Date(DateOnly d) => d.ToString("d MMMM yyyy", culture);

    public string Title(string nl, string en) => English ? en : nl;

    /// <summary>The sentence in the report's language, each argument written as the report writes it.</summary>
    public string Sentence(SummarySentence sentence) => text[$"Summary_{sentence.Key}", [.. sentence.Args.Select(Arg)]];

    private object Arg(SummaryArg arg) => arg switch
    {
        FigureArg f => Figure(f),
        WordArg w => text[w.Key].Value,
        NameArg n => Title(n.Nl, n.En),
        PeriodArg p => Period(p.Period),
        MonthArg m => Month(m.Month),
        DateArg d => Date(d.Date),
        _ => string.Empty,
    };
}
