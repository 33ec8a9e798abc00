using System.Text;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Views.Report;

namespace Collab.Dashboard.Components.Report;

/// <summary>
/// The printed report's running header and footer: CSS page-margin boxes (Chromium prints them since version 131) with the
/// title, period, date and "page n of m" from <c>counter(page)</c> and <c>counter(pages)</c>. Every printed page carries them.
/// </summary>
public static class ReportPrintHeader
{
    public static string Css(ReportFormat f, Period period, DateOnly today)
    {
        var pageOf = Escape(f["PageOf"]).Replace("{0}", "\" counter(page) \"", StringComparison.Ordinal).Replace("{1}", "\" counter(pages) \"", StringComparison.Ordinal);
        return $"<style>@media print {{ @page {{ "
            + $"@top-left {{ content: {Quote($"{f["RunningTitle"]} · {f.Period(period)}")}; }} "
            + $"@top-right {{ content: {Quote(f["Generated", f.Date(today)])}; }} "
            + $"@bottom-right {{ content: \"{pageOf}\"; }} }} }}</style>";
    }

    private static string Quote(string text) => $"\"{Escape(text)}\"";

    // Inside a CSS string: backslash, quotes and anything that could close the style element are written as escapes.
    private static string Escape(string text)
    {
        var css = new StringBuilder();
        foreach (var c in text)
        {
            css.Append(c is '\\' or '"' or '<' or '>' or '\n' or '\r' ? $"\\{(int)c:X} " : c.ToString());
        }

        return css.ToString();
    }
}
