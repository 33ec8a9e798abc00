using System.Globalization;
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

    /// <summary>A member's name in the page's language, with its abbreviation.</summary>
    public static string MemberName(MemberProfile member, CultureInfo culture) =>
        $"{(culture.TwoLetterISOLanguageName == "en" ? member.NameEn : member.NameNl)} ({member.Abbreviation})";

    /// <summary>The name the member carried just before, when on <paramref name="on"/> it already had its current name ("voorheen EZK").</summary>
    public static FormerName? Formerly(MemberProfile member, DateOnly on) =>
        member.FormerNameOn(on) is null && member.FormerNames is { Count: > 0 } names ? names[^1] : null;
}
