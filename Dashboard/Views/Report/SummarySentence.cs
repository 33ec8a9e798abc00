using System.Collections.Immutable;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Views.Report;

/// <summary>How a cited figure reads: whole, one or two decimals, euros, or a signed whole percent of change.</summary>
public enum FigureFormat
{
    Count,
    OneDecimal,
    TwoDecimals,
    Euros,
    SignedPercent,
}

/// <summary>One argument of a summary sentence's template.</summary>
public abstract record SummaryArg;

/// <summary>A figure the sentence cites; it must be one of the report's own figures.</summary>
public sealed record FigureArg(decimal Value, FigureFormat Format) : SummaryArg
{
    public static FigureArg Of(Indicator indicator, decimal value) => new(value, indicator switch
    {
        Indicator.RealisedSavings => FigureFormat.Euros,
        Indicator.ExchangeDays or Indicator.SupportHours => FigureFormat.OneDecimal,
        _ => FigureFormat.Count,
    });
}

/// <summary>A word from the report's texts (an indicator's name, a status), read in the report's language.</summary>
public sealed record WordArg(string Key) : SummaryArg;

/// <summary>A name that has a Dutch and an English form (an initiative's title, a list of members).</summary>
public sealed record NameArg(string Nl, string En) : SummaryArg;

public sealed record PeriodArg(Period Period) : SummaryArg;

public sealed record MonthArg(YearMonth Month) : SummaryArg;

public sealed record DateArg(DateOnly Date) : SummaryArg;

/// <summary>One sentence of the plain-language summary: the rule that wrote it (its template's key) and what it cites, in order.</summary>
public sealed record SummarySentence(string Key, ImmutableArray<SummaryArg> Args)
{
    public IEnumerable<FigureArg> Figures => Args.OfType<FigureArg>();
}
