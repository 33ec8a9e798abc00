using System.Globalization;
using Collab.Contracts.Initiatives;

namespace Collab.Dashboard.Exports;

/// <summary>The screen's formats as export kinds, so a page and its download read the same: one place decides both.</summary>
public static class ExportValues
{
    public static string Show(decimal? value, ExportKind kind, CultureInfo culture) => value switch
    {
        null => "–",
        { } v => kind switch
        {
            ExportKind.OneDecimal => v.ToString("N1", culture),
            ExportKind.TwoDecimals => v.ToString("N2", culture),
            ExportKind.Percent => v.ToString("P0", culture),
            ExportKind.Euros => "€ " + v.ToString("N0", culture),
            _ => v.ToString("N0", culture),
        },
    };

    /// <summary>As <see cref="Views.Formats.Value"/>: money in euros, days and hours to one decimal, counts whole.</summary>
    public static ExportKind Of(Indicator indicator) => indicator switch
    {
        Indicator.RealisedSavings => ExportKind.Euros,
        Indicator.ExchangeDays or Indicator.SupportHours => ExportKind.OneDecimal,
        _ => ExportKind.Whole,
    };
}
