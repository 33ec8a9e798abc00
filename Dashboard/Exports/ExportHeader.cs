using System.Collections.Immutable;
using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Exports;

/// <summary>The header block every export starts with: title, period, filters, when it was made, which figures, where from.</summary>
public static class ExportHeader
{
    /// <summary>The <paramref name="version"/> names the figures shown (see <see cref="FiguresVersion"/>); null: live.</summary>
    public static ImmutableArray<ExportHeaderLine> For(
        string title, Period period, string filters, DateTimeOffset generatedAt, string source, CultureInfo culture, IStringLocalizer<ExportText> text, string? version = null) =>
    [
        new(text["HeaderTitle"], title),
        new(text["HeaderPeriod"], PeriodText(period, culture)),
        Filters(filters, text),
        Generated(generatedAt, culture, text),
        new(text["HeaderVersion"], version ?? text["VersionLive"]),
        new(text["HeaderSource"], source),
    ];

    public static ExportHeaderLine Filters(string filters, IStringLocalizer<ExportText> text) =>
        new(text["HeaderFilters"], string.IsNullOrEmpty(filters) ? text["NoFilters"] : filters);

    public static ExportHeaderLine Generated(DateTimeOffset generatedAt, CultureInfo culture, IStringLocalizer<ExportText> text) =>
        new(text["HeaderGenerated"], generatedAt.ToString("f", culture) + " " + generatedAt.ToString("zzz", CultureInfo.InvariantCulture));

    public static string PeriodText(Period period, CultureInfo culture) =>
        $"{period.From.FirstDay.ToString("MMM yyyy", culture)} – {period.To.FirstDay.ToString("MMM yyyy", culture)}";

    /// <summary>A file name that says what and when: "vergelijking-2026-01-2026-12".</summary>
    public static string FileName(string name, Period period) => $"{name}-{period.From}-{period.To}";
}
