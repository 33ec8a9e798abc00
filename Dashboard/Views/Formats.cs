using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Dashboard.Views;

/// <summary>How numbers read on screen, in the page's culture: counts whole, days to one decimal, money in euros.</summary>
public static class Formats
{
    public static string Value(Indicator indicator, decimal value, CultureInfo culture) => indicator switch
    {
        Indicator.RealisedSavings => Euros(value, culture),
        Indicator.ExchangeDays or Indicator.SupportHours => value.ToString("N1", culture),
        _ => value.ToString("N0", culture),
    };

    public static string Euros(decimal value, CultureInfo culture) => "€ " + value.ToString("N0", culture);

    public static string Percent(decimal fraction, CultureInfo culture) => fraction.ToString("P0", culture);

    /// <summary>A month as "dec 2025" or "Dec 2025": one abbreviation style per language (the culture data writes "Sept" beside "Dec").</summary>
    public static string Month(YearMonth month, CultureInfo culture) => culture.TwoLetterISOLanguageName == "en"
        ? $"{EnglishMonths[month.Month - 1]} {month.Year}"
        : $"{culture.DateTimeFormat.AbbreviatedMonthNames[month.Month - 1].TrimEnd('.')} {month.Year}";

    /// <summary>A month written out, as "december 2025", for a period of one month.</summary>
    public static string LongMonth(YearMonth month, CultureInfo culture) => month.FirstDay.ToString("MMMM yyyy", culture);

    /// <summary>A period as "dec 2025 – nov 2026", or the month written out when it is one month.</summary>
    public static string PeriodText(Period period, CultureInfo culture) => period.From == period.To
        ? LongMonth(period.From, culture)
        : $"{Month(period.From, culture)} – {Month(period.To, culture)}";

    private static readonly string[] EnglishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>A member's name in the page's language, with its abbreviation.</summary>
    public static string MemberName(MemberProfile member, CultureInfo culture) =>
        $"{(culture.TwoLetterISOLanguageName == "en" ? member.NameEn : member.NameNl)} ({member.Abbreviation})";

    /// <summary>The name the member carried just before, when on <paramref name="on"/> it already had its current name ("voorheen EZK").</summary>
    public static FormerName? Formerly(MemberProfile member, DateOnly on) =>
        member.FormerNameOn(on) is null && member.FormerNames is { Count: > 0 } names ? names[^1] : null;
}
