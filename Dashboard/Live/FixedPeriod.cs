using Collab.Contracts.Indicators;

namespace Collab.Dashboard.Live;

/// <summary>
/// What a page shows for a fixed period: the version's figures by default, the live ones when the reader asks for them
/// ("toon actuele cijfers"), and in that case the version's figures beside them to name the difference.
/// </summary>
public sealed class FixedPeriod(IPeriodVersionReader reader)
{
    private Period? loaded;

    public FixedView? View { get; private set; }

    /// <summary>The reader asked for the live figures (the address's <c>cijfers=actueel</c>).</summary>
    public bool ShowLive { get; private set; }

    /// <summary>True when the page shows live figures of a fixed period: every figure then says how it moved since.</summary>
    public bool ShowsDifference => View is not null && ShowLive;

    public async Task Load(Period period, bool showLive = false)
    {
        ShowLive = showLive;
        // Another period's version never stands in while this one's is read.
        if (loaded != period)
        {
            View = null;
            loaded = period;
        }

        try
        {
            View = await reader.Binding(period);
        }
        catch (Exception ex) when (StoreFailures.IsUnavailable(ex))
        {
            // No version to be had: the live figures are shown, and the banner is absent.
            View = null;
        }
    }

    public CollaborationFigures Shown(CollaborationFigures live) => View is { } view && !ShowLive ? view.Figures : live;
}
