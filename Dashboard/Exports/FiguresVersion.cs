using System.Globalization;
using Collab.Contracts.Indicators;
using Collab.Dashboard.Live;
using Collab.Dashboard.Resources;
using Microsoft.Extensions.Localization;

namespace Collab.Dashboard.Exports;

/// <summary>Which figures an export or the report carries, in the banner's words: "live", or "vastgesteld versie 2 op 30-11-2026".</summary>
public static class FiguresVersion
{
    /// <summary>The figures shown: the fixed version's unless the reader asked for the live ones (or there is no version).</summary>
    public static CollaborationFigures Shown(FixedView? version, bool live, CollaborationFigures figures) =>
        version is not null && !live ? version.Figures : figures;

    public static string Text(FixedView? version, bool live, CultureInfo culture, IStringLocalizer<ExportText> text, IStringLocalizer<PublishText> publish)
    {
        if (version is null)
        {
            return text["VersionLive"];
        }

        var v = version.Version;
        // The same date as the page's banner.
        var (state, number, date) = (publish[$"State_{v.State}"].Value, v.Number, v.StateAt.ToLocalTime().ToString("d", culture));
        return live ? text["VersionLiveOfFixed", state, number, date] : text["VersionFixed", state, number, date];
    }
}
