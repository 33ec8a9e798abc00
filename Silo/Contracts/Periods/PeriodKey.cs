using System.Globalization;
using System.Text.RegularExpressions;
using Collab.Contracts.Indicators;

namespace Collab.Contracts.Periods;

/// <summary>
/// How a period that can be fixed is named in addresses and grain keys: a month (2026-03), a quarter (2026-Q1) or a year (2026).
/// Only these three: a custom range is never fixed, so the name of a period is also its one key.
/// </summary>
public static partial class PeriodKey
{
    public static bool TryParse(string? key, out Period period)
    {
        period = Period.Month(2000, 1);
        var match = key is null ? Match.Empty : Pattern().Match(key);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return false;
        }

        if (match.Groups["quarter"].Success)
        {
            period = Period.Quarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture));
            return true;
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            period = Period.Month(year, Math.Clamp(month, 1, 12));
            return month is >= 1 and <= 12;
        }

        period = Period.Year(year);
        return true;
    }

    /// <summary>The key of a whole month, quarter or year; null for any other run of months.</summary>
    public static string? Of(Period period)
    {
        if (period.Months == 1)
        {
            return period.From.ToString();
        }

        if (period.Months == 3 && period.From.Month % 3 == 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{period.From.Year:0000}-Q{((period.From.Month - 1) / 3) + 1}");
        }

        return period.Months == 12 && period.From.Month == 1 ? period.From.Year.ToString("0000", CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-Q(?<quarter>[1-4])|-(?<month>\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
